import type { Settings } from '../../../../shared/entities'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { DebriefEditor } from '../briefs/DebriefEditor'
import { useCallForEditing } from '../briefs/briefsApi'
import { PrebriefEditor } from '../briefs/PrebriefEditor'

/**
 * Opens a brief editor on a fresh read of the call: the form starts from what the journal holds
 * now, never from an older cached copy that autosave could write back over newer words.
 */
export function BriefLoader({ callId, kind, settings }: { callId: string; kind: 'prebrief' | 'debrief'; settings: Settings }) {
  const detail = useCallForEditing(callId)
  // A failed refetch (the server restarting, say) keeps the editor and its words on screen.
  if (detail.isError && !detail.data) {
    return (
      <ErrorState
        title={kind === 'prebrief' ? 'The plan could not be loaded' : 'The debrief could not be loaded'}
        message={detail.error.message}
        onRetry={() => void detail.refetch()}
        retrying={detail.isFetching}
      />
    )
  }
  if (!detail.data || !detail.isFetchedAfterMount) {
    return <LoadingState label={kind === 'prebrief' ? 'Loading the plan…' : 'Loading the debrief…'} />
  }
  return kind === 'prebrief' ? (
    <PrebriefEditor detail={detail.data} settings={settings} />
  ) : (
    <DebriefEditor detail={detail.data} settings={settings} />
  )
}
