import { useId, type ReactNode } from 'react'
import { RESCUE_ROLE, ROLES, type Role } from '../../../../shared/domain'
import { ROLE_HINTS, ROLE_LABELS } from '../../../../shared/labels'
import { FieldGroup } from '../../components/Field'

export type RoleChoiceProps = {
  name: string
  legend: ReactNode
  description?: ReactNode
  value: Role | null
  onChange: (role: Role) => void
  error?: string | null | undefined
  /** On the debrief: the role planned for this call, marked on its card. */
  planned?: Role | null
  children?: ReactNode
}

/**
 * The four roles as large radio cards, each with its one-line meaning. The crutch is always
 * offered (a manager may plan it, and often ends up in it), but it is dressed as what it is: a
 * rescue, in words and not colour alone.
 */
export function RoleChoice({ name, legend, description, value, onChange, error, planned, children }: RoleChoiceProps) {
  const base = useId()
  return (
    <FieldGroup legend={legend} description={description} error={error} className="role-choice">
      <div className="role-cards">
        {ROLES.map((role) => {
          const nameId = `${base}-${role}-name`
          const hintId = `${base}-${role}-hint`
          const rescue = role === RESCUE_ROLE
          return (
            <label key={role} className={['role-card', rescue ? 'role-card--rescue' : ''].filter(Boolean).join(' ')}>
              <input
                type="radio"
                name={name}
                value={role}
                checked={value === role}
                onChange={() => onChange(role)}
                aria-labelledby={nameId}
                aria-describedby={hintId}
              />
              <span className="role-card__body">
                <span className="role-card__title">
                  <span id={nameId} className="role-card__name">
                    {ROLE_LABELS[role]}
                  </span>
                  {rescue && <span className="role-card__tag role-card__tag--rescue">Rescue</span>}
                  {planned === role && <span className="role-card__tag">Planned</span>}
                </span>
                <span id={hintId} className="role-card__hint">
                  {ROLE_HINTS[role]}
                </span>
              </span>
            </label>
          )
        })}
      </div>
      {children}
    </FieldGroup>
  )
}
