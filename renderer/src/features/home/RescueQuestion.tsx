import type { MonthRescues } from '../../../../shared/coaching'
import { formatCount } from '../../lib/format'
import { formatMonth } from '../../lib/relativeDay'

/** The manager's key question to themselves, answered from this month's debriefs. */
export function RescueQuestion({ month }: { month: MonthRescues }) {
  const { rescues, debriefed } = month
  const monthName = formatMonth(month.month)
  return (
    <section className="card home-rescues" aria-labelledby="home-rescues-heading">
      <div className="home-rescues__text">
        <h2 id="home-rescues-heading">Times you took over this month</h2>
        <p className="home-rescues__question">
          The question worth asking yourself: on how many calls did you end up closing for the rep instead of letting them
          sell?
        </p>
        <p className="home-rescues__advice">{advice(rescues, debriefed)}</p>
      </div>
      <p className="home-rescues__figure" data-testid="rescue-count">
        <span className="home-rescues__count">{formatCount(rescues)}</span>
        <span className="home-rescues__context">
          {debriefed === 0 ? `no calls debriefed in ${monthName} yet` : `of ${formatCount(debriefed)} debriefed ${debriefed === 1 ? 'call' : 'calls'} in ${monthName}`}
        </span>
      </p>
    </section>
  )
}

function advice(rescues: number, debriefed: number): string {
  if (debriefed === 0) return 'Each debrief records the role you really played; this count grows only from those.'
  if (rescues === 0) return 'The reps ran every call you debriefed this month. That is how they learn to close alone.'
  return 'Before the next one, ask what would have happened had you stayed quiet — on an everyday deal, the rep learns more from trying.'
}
