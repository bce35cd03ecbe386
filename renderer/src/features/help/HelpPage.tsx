import { Link } from 'wouter'
import { PageHeader } from '../../components/PageHeader'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useCommands } from '../palette/commandsContext'
import { RescueCostPart, RolesPart, StakesPart } from './MethodText'
import './help.css'

/**
 * `#/help`: the method Coachbook is built on, in its own words, and how each screen serves it.
 * Reached from the navigation, the command palette, the desktop menu's Help and the first run.
 */
export function HelpPage() {
  useDocumentTitle('The method')
  const commands = useCommands()
  return (
    <>
      <PageHeader
        title="The method"
        description="Coachbook helps a sales manager who joins reps on calls to coach them instead of closing for them. Here is the whole idea, and where each part lives in the app."
      />
      <div className="help">
        <div className="card help__card">
          <RolesPart heading="h2" />
        </div>
        <div className="card help__card">
          <StakesPart heading="h2" />
        </div>
        <div className="card help__card">
          <RescueCostPart heading="h2" />
        </div>
        <section className="card help__card" aria-labelledby="help-habits">
          <h2 id="help-habits">Three habits to watch in yourself</h2>
          <ol>
            <li>
              <strong>Telling instead of asking.</strong> When a rep brings you a problem, a question makes them find the answer,
              and people act on what they worked out themselves. The debrief counts your questions and your answers.
            </li>
            <li>
              <strong>Jumping in on the big ones.</strong> Fear of missing the quarter, a famous customer, your own boss
              watching: the debrief asks which one pushed you, privately.
            </li>
            <li>
              <strong>Skipping the repetitions.</strong> A skill sticks after it is practised several times, not after it is
              mentioned once. Each debrief names one skill to drill and how many times; log the role plays and drills as coaching
              sessions.
            </li>
          </ol>
        </section>
        <section className="card help__card" aria-labelledby="help-loop">
          <h2 id="help-loop">The loop, screen by screen</h2>
          <ol>
            <li>
              <strong>Before the call</strong>, the pre-brief: the role you mean to play, who leads each part, the one condition
              for stepping in, and your honest guess at the chance you will take over.
            </li>
            <li>
              <strong>Right after it</strong>, the quick debrief: the role you played, whether you took over and why, and one
              lesson. A minute, by keyboard alone.
            </li>
            <li>
              <strong>Within a day</strong>, the full debrief with the rep: they assess themselves first, you find the root cause
              together and agree one skill to drill.
            </li>
            <li>
              <strong>Over the months</strong>, <Link href="/insights">Insights</Link> shows how often you coached and how often
              you closed, and the printed report tells the same story on paper.
            </li>
          </ol>
          <p>
            Every command is in the palette (<kbd>Ctrl</kbd>+<kbd>K</kbd>);{' '}
            <button type="button" className="link-button" onClick={() => commands.showShortcuts()}>
              the keyboard shortcuts
            </button>{' '}
            cover the everyday ones.
          </p>
        </section>
      </div>
    </>
  )
}
