import { Link } from 'wouter'
import { PlaceholderPage } from '../../app/PlaceholderPage'
import { buttonClass } from '../../components/Button'
import './home.css'

export function HomePage() {
  return (
    <PlaceholderPage
      title="Home"
      summary="Your private journal for joint calls: plan your role before each call, look back after it, and coach instead of closing for your reps."
      coming={[
        'Calls coming up that still need a pre-brief with the rep.',
        'Calls from the last days that still wait for a debrief.',
        'How many times this month you took over a call, and how many of those were everyday deals.',
      ]}
    >
      <section className="home-start" aria-labelledby="home-start-heading">
        <h2 id="home-start-heading">Get started</h2>
        <ol className="home-start__steps">
          <li>
            <strong>Add your reps.</strong> <span className="muted">The people you join on calls.</span>
          </li>
          <li>
            <strong>Record each joint call.</strong> <span className="muted">Its date, account, deal value and stakes.</span>
          </li>
        </ol>
        <div className="cluster">
          <Link href="/reps" className={buttonClass('primary')}>
            Go to Reps
          </Link>
          <Link href="/calls" className={buttonClass('secondary')}>
            Go to Calls
          </Link>
        </div>
      </section>
    </PlaceholderPage>
  )
}
