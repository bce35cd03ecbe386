import { Link } from 'wouter'
import type { LostDealLesson, MonthRescues } from '../../../../shared/coaching'
import { ROOT_CAUSES, type RootCause } from '../../../../shared/domain'
import { ROOT_CAUSE_LABELS } from '../../../../shared/labels'
import { Table } from '../../components/Table'
import { formatDay } from '../../lib/format'
import { formatMonth } from '../../lib/relativeDay'
import { callTitle } from '../calls/callForm'
import { paths } from '../../app/paths'

/** What lost deals taught: a "no" teaches more than a "yes", once it has been talked through. */
export function LostDealLessons({ lessons }: { lessons: readonly LostDealLesson[] }) {
  return (
    <section className="card rep-panel" aria-labelledby="lessons-heading">
      <h2 id="lessons-heading">Lessons from lost deals</h2>
      {lessons.length === 0 ? (
        <p className="muted">
          None yet. When a deal is lost, write down in its debrief what the “no” taught; the lessons collect here.
        </p>
      ) : (
        <ul className="rep-list">
          {lessons.map((lesson) => (
            <li key={lesson.callId} className="rep-list__item">
              <q className="rep-list__title">{lesson.lesson}</q>
              <span className="rep-list__meta">
                <Link href={paths.call(lesson.callId)}>{callTitle(lesson)}</Link>, {formatDay(lesson.date, { weekday: false })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * How often each root cause was diagnosed. One table serves everyone: the bar in each row is
 * decoration (hidden from screen readers), the number beside it is the data.
 */
export function RootCauseTally({ counts, repName }: { counts: Record<RootCause, number>; repName: string }) {
  const total = ROOT_CAUSES.reduce((sum, key) => sum + counts[key], 0)
  const max = Math.max(1, ...ROOT_CAUSES.map((key) => counts[key]))
  return (
    <section className="card rep-panel" aria-labelledby="root-causes-heading">
      <h2 id="root-causes-heading">Root causes</h2>
      {total === 0 ? (
        <p className="muted">
          No root cause recorded yet. In each debrief, ask before you tell, then note what held {repName} back.
        </p>
      ) : (
        <div className="tally">
          <Table caption={`Root causes diagnosed in debriefs with ${repName}`}>
            <thead>
              <tr>
                <th scope="col">Cause</th>
                <th scope="col" className="num">
                  Debriefs
                </th>
                <th scope="col" className="tally__bar-col">
                  <span className="visually-hidden">Share</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {ROOT_CAUSES.map((key) => (
                <tr key={key} data-root-cause={key}>
                  <th scope="row">{ROOT_CAUSE_LABELS[key]}</th>
                  <td className="num">{counts[key]}</td>
                  <td className="tally__bar-col" aria-hidden="true">
                    <span className="tally__track">
                      <span className="tally__bar" style={{ width: `${(counts[key] / max) * 100}%` }} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </section>
  )
}

/** This month's rescues for the rep: the manager's own question, asked per person. */
export function RepRescues({ month, repName }: { month: MonthRescues; repName: string }) {
  const { rescues, debriefed } = month
  return (
    <section className="card rep-rescues" aria-labelledby="rep-rescues-heading">
      <h2 id="rep-rescues-heading" className="rep-rescues__heading">
        Times you took over for {repName} in {formatMonth(month.month)}
      </h2>
      <p className="rep-rescues__figure">
        <span className="rep-rescues__count">{rescues}</span>
        <span className="rep-rescues__context">
          {debriefed === 0
            ? 'no calls debriefed this month yet'
            : `of ${debriefed} debriefed ${debriefed === 1 ? 'call' : 'calls'}`}
        </span>
      </p>
    </section>
  )
}
