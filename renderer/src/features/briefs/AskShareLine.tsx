import { askShare } from './debriefForm'

/**
 * The asking share of a conversation as the counters stand, read out as it changes: the debrief
 * of a call and a coaching session's challenge count the same way (DOMAIN.md; docs/metrics-sessions.md).
 */
export function AskShareLine({ asks, tells }: { asks: string; tells: string }) {
  const share = askShare(asks, tells)
  return (
    <p className="ask-share" role="status" aria-live="polite">
      {share === null ? (
        'Count both to see how much of the conversation was you asking.'
      ) : (
        <>
          Asking share: <strong>{Math.round(share * 100)}%</strong>{' '}
          <span className="muted">
            ({Number(asks)} of {Number(asks) + Number(tells)})
          </span>
        </>
      )}
    </p>
  )
}
