import { useLocation } from 'wouter'
import { Button } from '../../components/Button'
import { useDemoStatus, useSwitchJournal, type DemoAction } from './useFirstRun'
import './firstRun.css'

/**
 * Shown on every screen while the demo journal is open, so nobody mistakes made-up calls for
 * their own: what it is, the way back, and its removal in one click.
 */
export function DemoBanner() {
  const demo = useDemoStatus()
  const switchJournal = useSwitchJournal()
  const [, navigate] = useLocation()
  if (!demo.data?.open) return null
  const run = (action: DemoAction) => switchJournal.mutate(action, { onSuccess: () => navigate('/') })
  return (
    <section className="demo-banner" aria-labelledby="demo-banner-heading" data-demo-open="true">
      <div className="demo-banner__text">
        <h2 id="demo-banner-heading" className="demo-banner__title">
          You are in the demo journal
        </h2>
        <p>Made-up reps and calls to try Coachbook on. Nothing here touches your own journal.</p>
        {switchJournal.error && <p role="alert">{switchJournal.error.message}</p>}
      </div>
      <div className="cluster">
        <Button variant="primary" size="sm" busy={switchJournal.isPending && switchJournal.variables === 'close'} onClick={() => run('close')}>
          Back to my journal
        </Button>
        <Button size="sm" busy={switchJournal.isPending && switchJournal.variables === 'remove'} onClick={() => run('remove')}>
          Remove the demo
        </Button>
      </div>
    </section>
  )
}
