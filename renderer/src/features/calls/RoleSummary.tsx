import type { Role } from '../../../../shared/domain'
import { RESCUE_ROLE } from '../../../../shared/domain'
import { ROLE_LABELS } from '../../../../shared/labels'

/** The planned and actual role at a glance; a rescue (crutch) is marked in words, not colour alone. */
export function RoleSummary({ planned, actual }: { planned: Role | null; actual: Role | null }) {
  if (!planned && !actual) return <span className="muted">Not planned yet</span>
  return (
    <span className="role-summary">
      {planned && (
        <span className="role-summary__line">
          <span className="muted">Planned:</span> {ROLE_LABELS[planned]}
        </span>
      )}
      {actual && (
        <span className={`role-summary__line${actual === RESCUE_ROLE ? ' role-summary__line--rescue' : ''}`}>
          <span className="muted">Actual:</span> {ROLE_LABELS[actual]}
          {actual === RESCUE_ROLE && ' (rescue)'}
        </span>
      )}
    </span>
  )
}
