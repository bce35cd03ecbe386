import { useEffect, useRef } from 'react'
import { Link } from 'wouter'
import { paths } from '../../app/paths'
import { buttonClass } from '../../components/Button'

/** Right after "Save call": the next step is the plan with the rep, one press away (focused). */
export function PlanItNow({ callId, onDismiss }: { callId: string; onDismiss: () => void }) {
  const link = useRef<HTMLAnchorElement>(null)
  useEffect(() => link.current?.focus(), [])
  return (
    <section className="card plan-offer" aria-labelledby="plan-offer-heading">
      <h2 id="plan-offer-heading">Call saved. Plan it with the rep?</h2>
      <p className="muted">Agree who leads each part and the one thing that would make you step in, while the call is on your mind.</p>
      <div className="cluster">
        <Link ref={link} href={paths.call(callId, 'prebrief')} className={buttonClass('primary')}>
          Plan it now
        </Link>
        <button type="button" className={buttonClass('ghost')} onClick={onDismiss}>
          Later
        </button>
      </div>
    </section>
  )
}
