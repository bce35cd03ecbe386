import { SESSION_KINDS } from '../../../../shared/domain'
import type { Rep } from '../../../../shared/entities'
import { SESSION_KIND_LABELS } from '../../../../shared/labels'
import type { FieldErrors } from '../../api/errors'
import { Button } from '../../components/Button'
import { Field, FieldGroup } from '../../components/Field'
import { RichTextEditor } from '../../editor'
import { ChallengeTalk } from './ChallengeTalk'
import { SESSION_KIND_HINTS, type SessionField, type SessionFormValues } from './sessionForm'
import { useNextSkillFocus } from './useNextSkillFocus'
import './sessions.css'

export type SessionFieldsProps = {
  values: SessionFormValues
  onChange: <K extends keyof SessionFormValues>(field: K, value: SessionFormValues[K]) => void
  errors: FieldErrors<SessionField>
  reps: readonly Rep[]
  /** Called when a text field loses the focus (autosave saves then instead of waiting). */
  onBlur?: () => void
  /** Prefix for element ids, so two forms never share one. */
  idPrefix: string
  autoFocusFirst?: boolean
  /** The level of the form's section headings: 3 in the log dialog, 2 on the session's screen. */
  headingLevel?: 2 | 3
}

/** The fields of a coaching session, shared by the log dialog and the edit screen. */
export function SessionFields({ values, onChange, errors, reps, onBlur, idPrefix, autoFocusFirst = false, headingLevel = 3 }: SessionFieldsProps) {
  const nextSkill = useNextSkillFocus(values.repId)
  const suggestion = nextSkill.data?.skill ?? null
  const offerSuggestion = suggestion !== null && values.skill.trim().toLowerCase() !== suggestion.trim().toLowerCase()
  // An archived rep is offered only when the session already belongs to them.
  const choices = reps.filter((rep) => !rep.archived || rep.id === values.repId)

  return (
    <div className="session-fields">
      <div className="form-grid">
        <Field label="Rep" required error={errors.repId} id={`${idPrefix}-rep`}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={values.repId}
              onChange={(e) => onChange('repId', e.target.value)}
              {...(autoFocusFirst ? { 'data-autofocus': true } : {})}
            >
              {values.repId === '' && <option value="">Choose a rep</option>}
              {choices.map((rep) => (
                <option key={rep.id} value={rep.id}>
                  {rep.archived ? `${rep.name} (archived)` : rep.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Date" required error={errors.date} id={`${idPrefix}-date`}>
          {(control) => (
            <input {...control} className="input" type="date" value={values.date} onChange={(e) => onChange('date', e.target.value)} onBlur={onBlur} />
          )}
        </Field>
      </div>
      <FieldGroup legend="Kind of session" error={errors.kind}>
        <div className="session-kinds">
          {SESSION_KINDS.map((kind) => (
            <label key={kind} className="session-kind">
              <input
                type="radio"
                name={`${idPrefix}-kind`}
                value={kind}
                checked={values.kind === kind}
                onChange={() => onChange('kind', kind)}
              />
              <span>
                <span className="session-kind__label">{SESSION_KIND_LABELS[kind]}</span>
                <span className="session-kind__hint">{SESSION_KIND_HINTS[kind]}</span>
              </span>
            </label>
          ))}
        </div>
      </FieldGroup>
      <div className="form-grid">
        <Field
          label="Skill worked on"
          optional
          error={errors.skill}
          id={`${idPrefix}-skill`}
          description={
            offerSuggestion ? (
              <span className="session-suggestion">
                <span>
                  Open skill to drill: <strong>{suggestion}</strong>
                </span>
                <Button size="sm" variant="ghost" onClick={() => onChange('skill', suggestion)}>
                  Use it<span className="visually-hidden"> as the skill</span>
                </Button>
              </span>
            ) : (
              'For example "Asking for the next step".'
            )
          }
        >
          {(control) => (
            <input {...control} className="input" value={values.skill} onChange={(e) => onChange('skill', e.target.value)} onBlur={onBlur} autoComplete="off" />
          )}
        </Field>
        <Field label="Minutes" optional error={errors.minutes} id={`${idPrefix}-minutes`}>
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="numeric"
              value={values.minutes}
              onChange={(e) => onChange('minutes', e.target.value)}
              onBlur={onBlur}
              autoComplete="off"
            />
          )}
        </Field>
      </div>
      <ChallengeTalk values={values} onChange={onChange} errors={errors} onBlur={onBlur} idPrefix={idPrefix} headingLevel={headingLevel} />
      <RichTextEditor
        id={`${idPrefix}-notes`}
        label="Notes"
        description="What you practised, how it went, and what to repeat next time."
        value={values.notes}
        onChange={(doc) => onChange('notes', doc)}
        {...(onBlur ? { onBlur } : {})}
        error={errors.notes ?? null}
      />
    </div>
  )
}
