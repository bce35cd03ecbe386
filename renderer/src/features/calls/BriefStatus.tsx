import type { Debrief, Prebrief } from '../../../../shared/entities'
import { OUTCOME_LABELS, PURPOSE_LABELS, ROLE_LABELS } from '../../../../shared/labels'
import { RESCUE_ROLE } from '../../../../shared/domain'
import { fullDebriefStillToDo } from '../../../../shared/quickDebrief'
import { Badge } from '../../components/Badge'
import { formatInstant } from '../../lib/format'

/** Where the call's plan stands: missing, or its key choices at a glance. */
export function PrebriefStatus({ prebrief }: { prebrief: Prebrief | null }) {
  return (
    <section className="brief-status" aria-labelledby="prebrief-heading">
      <h3 id="prebrief-heading">
        Pre-brief {prebrief ? <Badge tone="success">Planned</Badge> : <Badge>Not planned yet</Badge>}
      </h3>
      {prebrief ? (
        <>
          <p>
            <span className="muted">Planned role:</span> {ROLE_LABELS[prebrief.plannedRole]}
            {prebrief.plannedRole === RESCUE_ROLE && ' — planning to close for the rep'}
          </p>
          {prebrief.purpose && (
            <p>
              <span className="muted">Why you are there:</span> {PURPOSE_LABELS[prebrief.purpose]}
            </p>
          )}
          {prebrief.objective && (
            <p>
              <span className="muted">Objective:</span> {prebrief.objective}
            </p>
          )}
          {prebrief.interventionRule && (
            <p>
              <span className="muted">You step in only if:</span> {prebrief.interventionRule}
            </p>
          )}
          {prebrief.updatedAt && <p className="muted">Last updated {formatInstant(prebrief.updatedAt)}</p>}
        </>
      ) : (
        <p className="muted">Agree with the rep who leads each part of the call, and when you would step in.</p>
      )}
    </section>
  )
}

/** Where the look back stands: missing, or the role played and how the call ended. */
export function DebriefStatus({ debrief }: { debrief: Debrief | null }) {
  return (
    <section className="brief-status" aria-labelledby="debrief-heading">
      <h3 id="debrief-heading">
        Debrief{' '}
        {fullDebriefStillToDo(debrief) ? (
          <Badge tone="warning">Full debrief still to do</Badge>
        ) : debrief ? (
          <Badge tone="success">Done</Badge>
        ) : (
          <Badge>Not debriefed yet</Badge>
        )}
      </h3>
      {debrief ? (
        <>
          <p className={debrief.actualRole === RESCUE_ROLE ? 'role-summary__line--rescue' : undefined}>
            <span className="muted">Role you played:</span> {ROLE_LABELS[debrief.actualRole]}
            {debrief.actualRole === RESCUE_ROLE && ' (a rescue)'}
          </p>
          {debrief.outcome && (
            <p>
              <span className="muted">Outcome:</span> {OUTCOME_LABELS[debrief.outcome]}
            </p>
          )}
          {debrief.lesson && (
            <p>
              <span className="muted">Lesson:</span> {debrief.lesson}
            </p>
          )}
          {debrief.completedAt && <p className="muted">Completed {formatInstant(debrief.completedAt)}</p>}
        </>
      ) : (
        <p className="muted">After the call, let the rep assess it first, then agree one skill to practise.</p>
      )}
    </section>
  )
}
