import { Link } from 'wouter'
import type { CallSummary } from '../../../../shared/entities'
import { ROLE_LABELS } from '../../../../shared/labels'
import { paths } from '../../app/paths'
import { buttonClass } from '../../components/Button'
import { relativeDay } from '../../lib/relativeDay'
import { callTitle } from '../calls/callForm'
import '../../components/ListCard.css'

/** Calls with a quick debrief only: the full debrief with the rep is still to do (shared/quickDebrief.ts). */
export function FullDebriefList({ calls, total, today }: { calls: readonly CallSummary[]; total: number; today: string }) {
  if (total === 0) return null
  return (
    <section className="card list-card" aria-labelledby="home-full-debrief-heading">
      <header className="list-card__header">
        <h2 id="home-full-debrief-heading">Full debrief still to do</h2>
        <span className="list-card__count">{total === 1 ? '1 quick debrief only' : `${total} quick debriefs only`}</span>
      </header>
      <ul className="list-card__items">
        {calls.map((call) => (
          <li key={call.id} className="list-card__item" data-call-id={call.id}>
            <div className="list-card__main">
              <span className="home-item__when">{relativeDay(call.date, today)}</span>
              <Link href={paths.call(call.id)} className="list-card__title">
                {callTitle(call)}
              </Link>
              <span className="home-item__meta">
                with {call.repName}
                {call.actualRole && ` · ${ROLE_LABELS[call.actualRole]}`}
              </span>
            </div>
            <Link href={paths.call(call.id, 'debrief')} className={buttonClass('secondary', 'sm')}>
              Finish it<span className="visually-hidden">: {callTitle(call)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {total > calls.length && <p className="list-card__more">And {total - calls.length} more.</p>}
    </section>
  )
}
