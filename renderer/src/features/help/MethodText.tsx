import { ROLES } from '../../../../shared/domain'
import { ROLE_HINTS, ROLE_LABELS, STAKES_HINTS } from '../../../../shared/labels'

/**
 * The method in the app's own words, in three short parts: the first-run lesson shows them as
 * they are, the help page (HelpPage.tsx) goes on from there. Headings take the level they are
 * given, so each part fits whichever page holds it.
 */
type Level = 'h2' | 'h3'

export function RolesPart({ heading: H = 'h3' }: { heading?: Level }) {
  return (
    <section className="method-part" aria-labelledby="method-roles">
      <H id="method-roles">Four roles on a joint call</H>
      <p>Each time you go on a call with a rep, you play one of four parts. Three of them leave the rep in charge:</p>
      <dl className="method-roles">
        {ROLES.map((role) => (
          <div key={role} className={role === 'crutch' ? 'method-roles__item method-roles__item--rescue' : 'method-roles__item'}>
            <dt>
              {ROLE_LABELS[role]}
              {role === 'crutch' && <span className="method-roles__tag"> (a rescue)</span>}
            </dt>
            <dd>{ROLE_HINTS[role]}</dd>
          </div>
        ))}
      </dl>
      <p>Nobody sets out to be the crutch. It happens in the moment, which is why Coachbook asks you before the call which part you mean to play, and after it which part you played.</p>
    </section>
  )
}

export function StakesPart({ heading: H = 'h3' }: { heading?: Level }) {
  return (
    <section className="method-part" aria-labelledby="method-stakes">
      <H id="method-stakes">Sidewalk or interstate</H>
      <p>
        Nobody learns to cycle in fast traffic. <strong>Sidewalk</strong> calls are the everyday deals: {STAKES_HINTS.sidewalk.replace(/^An everyday deal: /, '')}{' '}
        <strong>Interstate</strong> calls are the few largest of the year, where stepping in can be justified.
      </p>
      <p>
        You choose the deal value from which a call counts as interstate; below it, every call is sidewalk unless you mark it
        yourself. A rescue on a sidewalk call is one you could have avoided, and Coachbook counts those apart.
      </p>
    </section>
  )
}

export function RescueCostPart({ heading: H = 'h3' }: { heading?: Level }) {
  return (
    <section className="method-part" aria-labelledby="method-cost">
      <H id="method-cost">Why rescuing costs the rep</H>
      <p>
        Closing the deal yourself feels like help, and the order comes in. But the rep loses the practice, and with it the
        lesson a lost deal would have taught once talked through. They learn to wait for you, so the next tough call waits
        for you too, and the hours you meant for coaching go to closing.
      </p>
      <p>
        The way out is a habit: plan each call with the rep (who leads which part, and the one thing that would make you step
        in), then look back on it within a day, letting the rep speak first and agreeing one skill to practise.
      </p>
    </section>
  )
}
