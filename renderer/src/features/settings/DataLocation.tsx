import type { AppInfo } from '../../../../shared/contract'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { useAppInfo } from './useSettingsMutation'

/**
 * How this window reaches the journal. `coachbook serve` answers as the CLI, but to the person
 * reading this page it is browser mode: only the desktop app is told apart.
 */
function faceLabel(face: AppInfo['face']): string {
  return face === 'electron' ? 'The desktop app' : 'Browser mode, served from this computer'
}

/** Where the journal lives on disk, so the manager can back it up or find it again. */
export function DataLocation() {
  const info = useAppInfo()
  return (
    <section className="card settings-card" aria-labelledby="settings-data-heading">
      <h2 id="settings-data-heading">Where your journal lives</h2>
      <p className="muted settings-card__lead">
        Everything you write stays in one file on this computer. Nothing leaves it unless you export it.
      </p>
      {info.isPending ? (
        <LoadingState label="Looking up the journal’s location…" />
      ) : info.isError ? (
        <ErrorState
          title="The journal’s location could not be read"
          message={info.error.message}
          onRetry={() => void info.refetch()}
          retrying={info.isFetching}
        />
      ) : (
        <dl className="details settings-info">
          <dt>Data folder</dt>
          <dd>
            <code>{info.data.dataDir}</code>
          </dd>
          <dt>Database file</dt>
          <dd>
            <code>{info.data.databasePath}</code>
          </dd>
          <dt>Schema version</dt>
          <dd>{info.data.schemaVersion}</dd>
          <dt>App version</dt>
          <dd>
            {info.data.name} {info.data.version}
          </dd>
          <dt>Running as</dt>
          <dd>{faceLabel(info.data.face)}</dd>
        </dl>
      )}
    </section>
  )
}
