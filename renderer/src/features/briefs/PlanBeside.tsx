import type { ReactNode } from 'react'
import { CALL_PARTS, RESCUE_ROLE, type Stakes } from '../../../../shared/domain'
import type { Prebrief } from '../../../../shared/entities'
import { CALL_PART_LABELS, LEADER_LABELS, OUTCOME_LABELS, PURPOSE_LABELS, ROLE_LABELS } from '../../../../shared/labels'
import { RichTextView } from '../../editor'
import type { DebriefForm } from './debriefForm'
import { useMediaQuery } from './useMediaQuery'

/** From this width the plan and the debrief sit side by side. */
export const SIDE_BY_SIDE_QUERY = '(min-width: 1100px)'

export type Comparison = { topic: string; planned: string; actual: string; verdict?: { text: string; tone: 'same' | 'differs' | 'rescue' } }

const NOT_YET = 'not recorded yet'

/** Planned against actual, one line each, from the plan and the debrief as it stands on screen. */
export function compareWithPlan(prebrief: Prebrief | null, form: DebriefForm): Comparison[] {
  const actualRole = form.actualRole
  const rows: Comparison[] = []
  const planned = prebrief?.plannedRole ?? null
  rows.push({
    topic: 'Role',
    planned: planned ? ROLE_LABELS[planned] : 'no plan',
    actual: actualRole ? ROLE_LABELS[actualRole] : NOT_YET,
    ...(planned && actualRole
      ? {
          verdict:
            planned === actualRole
              ? { text: 'As planned', tone: 'same' as const }
              : actualRole === RESCUE_ROLE
                ? { text: 'Slipped into a rescue', tone: 'rescue' as const }
                : { text: 'A different role', tone: 'differs' as const },
        }
      : {}),
  })
  const risk = prebrief?.takeoverRisk ?? null
  rows.push({
    topic: 'Taking over',
    planned: risk === null ? 'no forecast' : `${risk}% chance`,
    actual: actualRole === null ? NOT_YET : actualRole === RESCUE_ROLE ? 'you took over' : 'you did not take over',
  })
  rows.push({
    topic: 'Next step',
    planned: prebrief?.nextStep ?? 'not set',
    actual: form.outcome ? OUTCOME_LABELS[form.outcome] : NOT_YET,
  })
  if (prebrief?.skillFocus) {
    rows.push({
      topic: 'Skill to observe',
      planned: prebrief.skillFocus,
      actual: form.skillObserved === true ? 'seen done well' : form.skillObserved === false ? 'not seen done well yet' : 'not judged yet',
    })
  }
  return rows
}

export type PlanBesideProps = {
  prebrief: Prebrief | null
  form: DebriefForm
  stakes: Stakes
  planLink: ReactNode
}

/**
 * The plan next to the debrief: at 1100 px and wider a column beside the form; narrower, the
 * comparison stays in view above the form and the full plan folds away under it.
 */
export function PlanBeside({ prebrief, form, planLink }: PlanBesideProps) {
  const wide = useMediaQuery(SIDE_BY_SIDE_QUERY)
  const rows = compareWithPlan(prebrief, form)
  const comparison = (
    <section className="comparison" aria-labelledby="plan-vs-actual">
      <h2 id="plan-vs-actual" className="comparison__title">
        Planned → actual
      </h2>
      <dl className="comparison__list">
        {rows.map((row) => (
          <div key={row.topic} className="comparison__row">
            <dt>{row.topic}</dt>
            <dd>
              {/* Read as "planned, right arrow, actual" under the "Planned → actual" heading. */}
              <span className="comparison__planned">{row.planned}</span>
              <span className="comparison__arrow"> → </span>
              <strong className={row.actual === NOT_YET ? 'comparison__pending' : undefined}>{row.actual}</strong>
              {row.verdict && <span className={`comparison__verdict comparison__verdict--${row.verdict.tone}`}>{row.verdict.text}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
  const plan = prebrief ? <PlanDetails prebrief={prebrief} /> : <p className="muted">No pre-brief was written for this call. {planLink}</p>

  if (wide) {
    return (
      <section className="plan-column plan-column--wide" aria-label="The plan beside the debrief" tabIndex={0}>
        {comparison}
        <section className="plan" aria-labelledby="the-plan">
          <h2 id="the-plan" className="plan__title">
            The plan
          </h2>
          {plan}
        </section>
      </section>
    )
  }
  return (
    <section className="plan-column" aria-label="The plan beside the debrief">
      {comparison}
      <details className="plan plan--folded">
        <summary className="plan__summary">
          <h2 className="plan__title">The plan</h2>
        </summary>
        {plan}
      </details>
    </section>
  )
}

function PlanDetails({ prebrief }: { prebrief: Prebrief }) {
  const leads = CALL_PARTS.filter((part) => prebrief.leads?.[part])
  const item = (label: string, value: ReactNode) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  )
  return (
    <dl className="plan__list">
      {item('Role', ROLE_LABELS[prebrief.plannedRole])}
      {prebrief.purpose && item('Why you went', PURPOSE_LABELS[prebrief.purpose])}
      {prebrief.objective && item('Objective', prebrief.objective)}
      {prebrief.nextStep && item('Next step wanted', prebrief.nextStep)}
      {leads.length > 0 &&
        item(
          'Who leads',
          <ul className="plan__leads">
            {leads.map((part) => {
              const leader = prebrief.leads?.[part] ?? ''
              return (
                <li key={part}>
                  {CALL_PART_LABELS[part]}: {LEADER_LABELS[leader as keyof typeof LEADER_LABELS] ?? leader}
                </li>
              )
            })}
          </ul>,
        )}
      {prebrief.questions.length > 0 &&
        item(
          'Questions',
          <ol className="plan__questions">
            {prebrief.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>,
        )}
      {prebrief.interventionRule && item('Step in only if', prebrief.interventionRule)}
      {prebrief.takeoverRisk !== null && item('Chance of taking over', `${prebrief.takeoverRisk}%`)}
      {prebrief.skillFocus && item('Skill to observe', prebrief.skillFocus)}
      {prebrief.notes && (prebrief.notes.content?.length ?? 0) > 0 && item('Notes', <RichTextView doc={prebrief.notes} className="plan__notes" />)}
    </dl>
  )
}
