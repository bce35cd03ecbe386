import type { AutosaveStatus } from './autosaveController'
import './SaveIndicator.css'

/** The indicator's words, one per state: what a test or a screen reader hears. */
export const SAVE_INDICATOR_TEXT: Record<AutosaveStatus, string> = {
  idle: 'Changes save as you type',
  saving: 'Saving…',
  saved: 'Saved',
  waiting: 'Waiting for the journal — another program is writing to it',
  failed: 'Couldn’t save — retrying',
  full: 'Couldn’t save: the disk is full — free some space; retrying',
  invalid: 'Fix the highlighted field to save',
}

export type SaveIndicatorProps = {
  status: AutosaveStatus
  /** Offered while failing (a full disk too): try again now instead of waiting for the next retry. */
  onRetry?: () => void
  /** Replaces the idle words, e.g. why nothing can be saved yet. */
  idleText?: string
  /**
   * Something only the person can settle (a field changed in another window too): said instead of
   * the status, whatever it is, so "Saved" never hides words that are not.
   */
  attention?: string | undefined
  /**
   * A save is on its way now (the autosave's `sending`): only then does the icon turn. While the
   * autosave waits for a pause in typing, "Saving…" shows a still clock: a turning icon keeps
   * Chromium drawing every frame in step with the screen, and each key typed then waits for the
   * next refresh, 8 ms on average at 60 Hz (docs/performance.md, "Typing, stop 22").
   */
  sending?: boolean
  className?: string
}

/**
 * A quiet line saying where the autosave stands. The words live in a polite status region (so a
 * screen reader hears "Saved" without losing its place); the Retry button sits beside it, outside
 * the region, so it is not announced again on every change.
 */
export function SaveIndicator({ status, onRetry, idleText, attention, sending = false, className }: SaveIndicatorProps) {
  const text = attention ?? (status === 'idle' && idleText ? idleText : SAVE_INDICATOR_TEXT[status])
  const tone = attention ? 'attention' : status
  return (
    <div className={['save-indicator', `save-indicator--${tone}`, className ?? ''].filter(Boolean).join(' ')}>
      <span role="status" aria-live="polite" className="save-indicator__status">
        <StatusIcon status={attention ? 'invalid' : status} sending={sending} />
        <span className="save-indicator__text">{text}</span>
      </span>
      {(status === 'failed' || status === 'full') && onRetry && (
        <button type="button" className="save-indicator__retry" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  )
}

function StatusIcon({ status, sending }: { status: AutosaveStatus; sending: boolean }) {
  const common = {
    className: 'save-indicator__icon',
    viewBox: '0 0 16 16',
    width: 16,
    height: 16,
    'aria-hidden': true,
    focusable: false,
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 1.6,
    strokeLinecap: 'round' as const,
    strokeLinejoin: 'round' as const,
  }
  switch (status) {
    case 'saving':
      if (!sending)
        return (
          <svg {...common}>
            <circle cx="8" cy="8" r="5.5" />
            <path d="M8 5v3l2 1.5" />
          </svg>
        )
      return (
        <svg {...common} className="save-indicator__icon save-indicator__icon--spin">
          <path d="M8 2.5a5.5 5.5 0 1 1-5.5 5.5" />
        </svg>
      )
    case 'waiting':
      return (
        <svg {...common} className="save-indicator__icon save-indicator__icon--spin">
          <path d="M8 2.5a5.5 5.5 0 1 1-5.5 5.5" />
        </svg>
      )
    case 'saved':
      return (
        <svg {...common}>
          <path d="M3.5 8.5l3 3 6-7" />
        </svg>
      )
    case 'failed':
    case 'full':
      return (
        <svg {...common}>
          <path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9" />
          <path d="M12.5 2v2.6H9.9" />
        </svg>
      )
    case 'invalid':
      return (
        <svg {...common}>
          <path d="M8 2l6.5 11.5h-13z" />
          <path d="M8 6.5v3M8 11.5v.01" />
        </svg>
      )
    default:
      return (
        <svg {...common}>
          <path d="M3 12.5l1-3 6.5-6.5 2 2L6 11.5z" />
        </svg>
      )
  }
}
