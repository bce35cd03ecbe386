import { Link } from 'wouter'
import { ROLE_LABELS } from '../../../../shared/labels'
import { paths } from '../../app/paths'
import { formatDay, formatMoney } from '../../lib/format'
import { useSidewalkLessons, type InsightsQuery } from './useInsights'

/**
 * The lost sidewalk deals that became lessons (docs/metrics-story.md): everyday deals the
 * manager let the rep carry, which were lost, and whose "no" was talked through. The method at
 * work — a rep learns more from a No than a Yes, once it is debriefed — so the screen lists them
 * beside the rescues rather than as a failure.
 */
export function SidewalkLessons({ query, currency }: { query: InsightsQuery; currency: string }) {
  const lessons = useSidewalkLessons(query)
  return (
    <section className="insights-lessons" aria-labelledby="insights-lessons-title" data-testid="sidewalk-lessons">
      <h2 id="insights-lessons-title">Lost sidewalk deals that became lessons</h2>
      <p className="muted">
        Everyday deals you let the rep carry to the end, lost, and talked through in the debrief: a “no” teaches more than a
        “yes” once it is looked at together.
      </p>
      {lessons.isPending ? (
        <p role="status">Loading the lessons…</p>
      ) : lessons.isError ? (
        <p role="alert">The lessons could not be loaded: {lessons.error.message}</p>
      ) : lessons.data.total === 0 ? (
        <p>
          None in this period. When a sidewalk deal is lost without you stepping in, write in its debrief what the rep
          learned; it will be listed here.
        </p>
      ) : (
        <>
          <ul className="insights-lessons__list">
            {lessons.data.lessons.map((lesson) => (
              <li key={lesson.id}>
                <q className="insights-lessons__lesson">{lesson.lesson}</q>
                <Link href={paths.call(lesson.id)}>
                  {[lesson.account, lesson.opportunity].filter(Boolean).join(' — ') || 'Call without an account'}
                </Link>{' '}
                <span className="muted">
                  {formatDay(lesson.date, { weekday: false })} · {lesson.repName}
                  {lesson.dealValue !== null ? ` · ${formatMoney(lesson.dealValue, currency)}` : ''} · you were the{' '}
                  {ROLE_LABELS[lesson.actualRole].toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
          {lessons.data.total > lessons.data.lessons.length && (
            <p className="muted">
              The newest {lessons.data.lessons.length} of {lessons.data.total}. Narrow the period or pick a rep to see the rest.
            </p>
          )}
        </>
      )}
    </section>
  )
}
