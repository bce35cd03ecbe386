import './PrivateBadge.css'

export const PRIVATE_BADGE_TEXT = 'Private · never printed or shared'

/**
 * Marks a field the manager fills in about themself (shared/privacy.ts): it stays in the journal
 * and never reaches a printed sheet, a report or a shared export.
 */
export function PrivateBadge({ id }: { id?: string }) {
  return (
    <span id={id} className="private-badge">
      <svg className="private-badge__lock" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.5">
        <rect x="3" y="7" width="10" height="7" rx="1.5" />
        <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
      </svg>
      {PRIVATE_BADGE_TEXT}
    </span>
  )
}
