import type { RootCause } from '../../../../shared/domain'
import type { FieldErrors } from '../../api/errors'
import { AskShareLine } from '../briefs/AskShareLine'
import { RootCauseChoice } from '../briefs/RootCauseChoice'
import { TapCounter } from '../briefs/TapCounter'
import { TextAreaField } from '../briefs/TextAreaField'
import '../briefs/briefs.css'
import type { SessionField, SessionFormValues } from './sessionForm'

export type ChallengeTalkProps = {
  values: SessionFormValues
  onChange: <K extends keyof SessionFormValues>(field: K, value: SessionFormValues[K]) => void
  errors: FieldErrors<SessionField>
  onBlur?: (() => void) | undefined
  idPrefix: string
  /** 3 inside a dialog (its title is an h2), 2 on the session's own screen (under its h1). */
  headingLevel: 2 | 3
}

/**
 * When a rep brings a selling challenge — in a one-on-one, most often — telling them the answer
 * is the quickest thing and the least useful. The same tallies as a debrief's (a tap per question
 * asked, per thing told) and the same diagnosis of what is really holding the rep back; Insights
 * shows their ask share as a line of its own (docs/metrics-sessions.md).
 */
export function ChallengeTalk({ values, onChange, errors, onBlur, idPrefix, headingLevel }: ChallengeTalkProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="challenge-talk" aria-labelledby={`${idPrefix}-talk`}>
      <Heading id={`${idPrefix}-talk`} className="challenge-talk__heading">
        A challenge the rep brought
      </Heading>
      <p className="muted challenge-talk__lead">
        When the rep asks you how to handle a deal, a tap for every question you ask back and every time you tell them the answer.
        Leave both empty when no challenge came up.
      </p>
      <div className="counters">
        <TapCounter
          label="Questions you asked"
          unit={{ more: 'One more question asked', fewer: 'One question fewer' }}
          value={values.asks}
          onChange={(value) => onChange('asks', value)}
          error={errors.asks}
        />
        <TapCounter
          label="Things you told"
          unit={{ more: 'One more thing told', fewer: 'One thing told fewer' }}
          value={values.tells}
          onChange={(value) => onChange('tells', value)}
          error={errors.tells}
        />
      </div>
      <AskShareLine asks={values.asks} tells={values.tells} />
      <RootCauseChoice value={values.rootCause} onChange={(cause: RootCause | null) => onChange('rootCause', cause)} error={errors.rootCause} />
      <div onBlur={onBlur}>
        <TextAreaField
          id={`${idPrefix}-root-cause-note`}
          label="What points to it"
          description="What the rep said or did that makes you think so."
          value={values.rootCauseNote}
          onChange={(value) => onChange('rootCauseNote', value)}
          error={errors.rootCauseNote}
        />
      </div>
    </section>
  )
}
