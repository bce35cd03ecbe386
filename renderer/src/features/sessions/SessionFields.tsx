import { memo, useCallback } from 'react'
import { SESSION_KINDS } from '../../../../shared/domain'
import type { Rep } from '../../../../shared/entities'
import { SESSION_KIND_LABELS } from '../../../../shared/labels'
import type { RichTextDoc } from '../../../../shared/richText'
import type { FieldErrors } from '../../api/errors'
import { Button } from '../../components/Button'
import { Field, FieldGroup } from '../../components/Field'
import { RichTextEditor } from '../../editor'
import { useShallowStable } from '../../lib/useShallowStable'
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

/**
 * The fields of a coaching session, shared by the log dialog and the edit screen. A key typed in
 * the notes changes only `values.notes`: the other fields are a memoised part that keeps its
 * render (the form without its notes is the same object while those fields are the same), and
 * the editor skips the render that only hands it back its own edit (RichTextEditor.tsx).
 */
export function SessionFields({ values, onChange, errors, reps, onBlur, idPrefix, autoFocusFirst = false, headingLevel = 3 }: SessionFieldsProps) {
  const facts = useShallowStable({ ...values, notes: null })
  const onNotesChange = useCallback((doc: RichTextDoc) => onChange('notes', doc), [onChange])
  return (
    <div className="session-fields">
      <SessionFacts
        values={facts}
        onChange={onChange}
        errors={errors}
        reps={reps}
        onBlur={onBlur}
        idPrefix={idPrefix}
        autoFocusFirst={autoFocusFirst}
        headingLevel={headingLevel}
      />
      <RichTextEditor
        id={`${idPrefix}-notes`}
        label="Notes"
        description={NOTES_DESCRIPTION}
        value={values.notes}
        onChange={onNotesChange}
        {...(onBlur ? { onBlur } : {})}
        error={errors.notes ?? null}
      />
    </div>
  )
}

const NOTES_DESCRIPTION = 'What you practised, how it went, and what to repeat next time.'

/** Every field but the notes (their `values.notes` is not read here). */
const SessionFacts = memo(function SessionFacts({
  values,
  onChange,
  errors,
  reps,
  onBlur,
  idPrefix,
  autoFocusFirst,
  headingLevel,
}: Required<Omit<SessionFieldsProps, 'onBlur'>> & Pick<SessionFieldsProps, 'onBlur'>) {
  const nextSkill = useNextSkillFocus(values.repId)
  const suggestion = nextSkill.data?.skill ?? null
  const offerSuggestion = suggestion !== null && values.skill.trim().toLowerCase() !== suggestion.trim().toLowerCase()
  // An archived rep is offered only when the session already belongs to them.
  const choices = reps.filter((rep) => !rep.archived || rep.id === values.repId)

  return (
    <>
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
    </>
  )
})
