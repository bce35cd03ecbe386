import { useCallback, useMemo, useState } from 'react'
import { Link } from 'wouter'
import { DRILL_TYPES, OUTCOMES, RESCUE_FEARS, RESCUE_INITIATORS, type Role } from '../../../../shared/domain'
import type { CallDetail, Settings } from '../../../../shared/entities'
import type { RichTextDoc } from '../../../../shared/richText'
import { DRILL_TYPE_LABELS, OUTCOME_LABELS, RESCUE_FEAR_LABELS, RESCUE_INITIATOR_LABELS, ROLE_LABELS } from '../../../../shared/labels'
import { effectiveStakes } from '../../../../shared/stakes'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { RichTextEditor } from '../../editor'
import { SaveIndicator } from '../../lib/autosave'
import { CONFLICT_ATTENTION, ConflictPanel, useMergedAutosave } from '../../lib/editing'
import { bindFields } from './bindFields'
import { DEBRIEF_BOTH, debriefConflicts, debriefShape } from './briefEditing'
import { briefFieldErrors } from './briefErrors'
import { useBriefSavers } from './briefsApi'
import { AskShareLine } from './AskShareLine'
import { DEBRIEF_FIELDS, isRescue, toDebriefForm, type DebriefForm } from './debriefForm'
import { PlanBeside } from './PlanBeside'
import { RoleChoice } from './RoleChoice'
import { RootCauseChoice } from './RootCauseChoice'
import { Segmented } from './Segmented'
import { TapCounter } from './TapCounter'
import { TextAreaField, TextField } from './TextAreaField'
import './briefs.css'
import { paths } from '../../app/paths'
import { useShallowStable } from '../../lib/useShallowStable'
import { PrivateBadge } from '../../components/PrivateBadge'

export type DebriefEditorProps = { detail: CallDetail; settings: Settings }

type Observed = 'yes' | 'no' | 'unsure'

/**
 * The look back at one call, with its plan beside it. Saved as typed; what another window changes
 * meanwhile is merged in, and a field changed in both is held for a choice (docs/conflicts.md).
 */
export function DebriefEditor({ detail, settings }: DebriefEditorProps) {
  const { call, prebrief } = detail
  const planHadSkillFocus = Boolean(prebrief?.skillFocus)
  const [shape] = useState(() => debriefShape(planHadSkillFocus))
  const [initialForm] = useState(() => toDebriefForm(detail.debrief))
  const { saveDebrief } = useBriefSavers(call.id)
  const { form, setForm, setFormDrawnLater, autosave, held, choose } = useMergedAutosave({ shape, initialForm, stored: detail.debrief, save: saveDebrief })
  // "Not sure" and "not answered" are both stored as null; the screen remembers which was picked.
  const [unsurePicked, setUnsurePicked] = useState(false)
  const { fieldErrors: errorsNow, formError } = briefFieldErrors(autosave.error, 'debrief', DEBRIEF_FIELDS)
  // Rebuilt at each render, kept as the same object while the same, so the parts below keep theirs.
  const fieldErrors = useShallowStable(errorsNow)
  const conflicts = useMemo(() => debriefConflicts(held), [held])
  // The form without its three notes, the same object while the other fields are the same. A key
  // typed in a note renders this screen again (its form holds the note); every part drawn from
  // `facts` is an element memoised on it, so React skips them. Until stop 22 each key re-rendered
  // some 25 components here, `bindFields` handing out new closures at every render
  // (docs/performance.md, "Typing, stop 22").
  const facts = useShallowStable<DebriefForm>({ ...form, repSelfAssessment: null, notes: null, privateNotes: null })

  // The notes' editors take the same callbacks at every render: a key typed in one of them then
  // re-renders none of the three (RichTextEditor skips a render that only hands back its own edit).
  const { flush, status, sending, retry } = autosave
  const flushNow = useCallback(() => void flush(), [flush])
  const setSelfAssessment = useCallback((doc: RichTextDoc) => setFormDrawnLater((f) => ({ ...f, repSelfAssessment: doc })), [setFormDrawnLater])
  const setNotes = useCallback((doc: RichTextDoc) => setFormDrawnLater((f) => ({ ...f, notes: doc })), [setFormDrawnLater])
  const setPrivateNotes = useCallback((doc: RichTextDoc) => setFormDrawnLater((f) => ({ ...f, privateNotes: doc })), [setFormDrawnLater])
  const stakes = effectiveStakes(call, settings.interstateThreshold)
  const planned: Role | null = prebrief?.plannedRole ?? null
  const noRole = facts.actualRole === null

  const plan = useMemo(
    () => <PlanBeside prebrief={prebrief} form={facts} stakes={stakes} planLink={<Link href={paths.call(call.id, 'prebrief')}>Open the plan</Link>} />,
    [prebrief, facts, stakes, call.id],
  )
  const bar = useMemo(
    () => (
      <div className="brief__bar">
        <h2 className="brief__title">Debrief the call</h2>
        <SaveIndicator
          status={status}
          sending={sending}
          onRetry={() => void retry()}
          idleText={noRole ? 'Saved once you pick the role you played' : undefined}
          attention={conflicts.length > 0 ? CONFLICT_ATTENTION : undefined}
        />
      </div>
    ),
    [status, sending, retry, noRole, conflicts.length],
  )
  const conflictPanel = useMemo(
    () => <ConflictPanel items={conflicts} onChoose={(field, choice) => choose(field, choice, DEBRIEF_BOTH[field as keyof typeof DEBRIEF_BOTH])} />,
    [conflicts, choose],
  )
  const opening = useMemo(() => {
    const { set, bind } = bindFields(facts, setForm, fieldErrors)
    const rescue = isRescue(facts)
    return (
      <>
        <section className="card brief__section" aria-labelledby="db-what-happened">
          <h3 id="db-what-happened" className="brief__heading">
            What happened
          </h3>
          <Segmented
            variant="list"
            name={`outcome-${call.id}`}
            legend="How the call ended"
            options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
            {...bind('outcome')}
          />
          <RoleChoice
            name={`actual-role-${call.id}`}
            legend="The role you actually played"
            description={
              planned
                ? `You planned to be the ${ROLE_LABELS[planned].toLowerCase()}. Be candid: an honest count is how you will see the habit change.`
                : 'Be candid: an honest count is how you will see the habit change.'
            }
            value={facts.actualRole}
            onChange={(role) => set('actualRole', role)}
            error={fieldErrors.actualRole}
            planned={planned}
          >
            {facts.actualRole === null && (
              <p className="brief-note">The debrief is saved once you pick the role you played. Anything you fill in meanwhile waits here.</p>
            )}
          </RoleChoice>
          {rescue && (
            <div className="rescue-details" role="group" aria-label="About the rescue">
              <p className="brief-warning">
                <strong>You took over this call.</strong>{' '}
                {stakes === 'sidewalk'
                  ? 'It was a sidewalk deal, so the rep could have carried it, stumbles and all. Naming what pushed you makes the next one easier to resist.'
                  : 'It was an interstate deal, where stepping in can be right. Naming what pushed you still helps you see the pattern.'}
              </p>
              <p className="rescue-details__privacy">
                <PrivateBadge /> Who started it and what pushed you stay in your journal: the rep&rsquo;s sheet and the reports leave them out.
              </p>
              <div className="rescue-details__grid">
                <Segmented
                  variant="list"
                  name={`rescue-initiator-${call.id}`}
                  legend="Who started the takeover?"
                  options={RESCUE_INITIATORS.map((v) => ({ value: v, label: RESCUE_INITIATOR_LABELS[v] }))}
                  {...bind('rescueInitiator')}
                />
                <Segmented
                  variant="list"
                  name={`rescue-fear-${call.id}`}
                  legend="The fear behind it"
                  options={RESCUE_FEARS.map((v) => ({ value: v, label: RESCUE_FEAR_LABELS[v] }))}
                  {...bind('rescueFear')}
                />
              </div>
            </div>
          )}
        </section>

        <section className="card brief__section" aria-labelledby="db-conversation">
          <h3 id="db-conversation" className="brief__heading">
            The debrief conversation
          </h3>
          <p className="muted brief__lead">Tap once for every question you ask the rep and every time you tell them something.</p>
          <div className="counters">
            <TapCounter
              label="Questions you asked"
              unit={{ more: 'One more question asked', fewer: 'One question fewer' }}
              {...bind('asks')}
            />
            <TapCounter
              label="Things you told"
              unit={{ more: 'One more thing told', fewer: 'One thing told fewer' }}
              {...bind('tells')}
            />
          </div>
          <AskShareLine asks={facts.asks} tells={facts.tells} />
        </section>
      </>
    )
  }, [facts, setForm, fieldErrors, call.id, planned, stakes])
  const assessment = useMemo(() => {
    const { set, bind } = bindFields(facts, setForm, fieldErrors)
    const lost = facts.outcome === 'lost'
    const observed: Observed | null = facts.skillObserved === true ? 'yes' : facts.skillObserved === false ? 'no' : unsurePicked ? 'unsure' : null
    return (
      <>
        <section className="card brief__section" aria-labelledby="db-yours">
          <h3 id="db-yours" className="brief__heading">
            Your assessment
          </h3>
          <RootCauseChoice {...bind('rootCause')} />
          <TextAreaField
            label="What points to it"
            description="What you saw or heard that makes you think so."
            {...bind('rootCauseNote')}
          />
          <TextAreaField
            label={lost ? 'The lesson from the no' : 'The lesson'}
            description={
              lost
                ? 'A lost deal teaches more than a won one, once it is talked through. What will the rep do differently?'
                : 'One sentence the rep can take into the next call.'
            }
            {...bind('lesson')}
          />
        </section>

        <section className="card brief__section" aria-labelledby="db-skill">
          <h3 id="db-skill" className="brief__heading">
            Skills
          </h3>
          {prebrief?.skillFocus && (
            <Segmented<Observed>
              name={`skill-observed-${call.id}`}
              legend="Was the skill you set out to observe seen done well?"
              description={`You planned to watch for: ${prebrief.skillFocus}`}
              options={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
                { value: 'unsure', label: 'Not sure' },
              ]}
              value={observed}
              onChange={(v) => {
                setUnsurePicked(v === 'unsure')
                set('skillObserved', v === 'yes' ? true : v === 'no' ? false : null)
              }}
              error={fieldErrors.skillObserved}
            />
          )}
          <TextField
            label="One skill to drill"
            description="The next pre-brief of this rep sets out to observe it."
            {...bind('skillToDrill')}
          />
          <div className="drill-row">
            <Segmented
              name={`drill-type-${call.id}`}
              legend="How to practise it"
              options={DRILL_TYPES.map((v) => ({ value: v, label: DRILL_TYPE_LABELS[v] }))}
              {...bind('drillType')}
            />
            <Field label="Repetitions" description="At least 3 before judging it." error={fieldErrors.drillReps} className="drill-reps">
              {(control) => (
                <input
                  {...control}
                  className="input"
                  type="number"
                  inputMode="numeric"
                  min={3}
                  max={1000}
                  step={1}
                  value={facts.drillReps}
                  onChange={(event) => set('drillReps', event.target.value)}
                />
              )}
            </Field>
          </div>
        </section>
      </>
    )
  }, [facts, setForm, fieldErrors, call.id, prebrief, unsurePicked])

  return (
    <div className="debrief-layout">
      {plan}
      <form className="brief" aria-label="Debrief" onSubmit={(event) => event.preventDefault()} onBlur={flushNow}>
        {bar}
        {formError && <FormAlert>{formError}</FormAlert>}
        {conflictPanel}

        {opening}
        <section className="card brief__section" aria-labelledby="db-rep-first">
          <h3 id="db-rep-first" className="brief__heading">
            The rep’s view first
          </h3>
          <RichTextEditor
            id={`debrief-self-${call.id}`}
            label="The rep’s own assessment"
            description="Ask before you offer yours: what went well, and what would they do differently?"
            placeholder="In the rep’s words"
            value={form.repSelfAssessment}
            onChange={setSelfAssessment}
            onBlur={flushNow}
            error={fieldErrors.repSelfAssessment}
          />
        </section>

        {assessment}

        <section className="card brief__section" aria-labelledby="db-notes">
          <h3 id="db-notes" className="brief__heading">
            Notes
          </h3>
          <RichTextEditor
            id={`debrief-notes-${call.id}`}
            label="Notes to share"
            description="These appear on the printed debrief sheet for your one-on-one."
            value={form.notes}
            onChange={setNotes}
            onBlur={flushNow}
            error={fieldErrors.notes}
          />
          <RichTextEditor
            id={`debrief-private-${call.id}`}
            label="Private notes"
            tone="private"
            description="Only for you: they never appear on a printed sheet, in a report or in a shared export. Whether you rescued, and what you were afraid of."
            value={form.privateNotes}
            onChange={setPrivateNotes}
            onBlur={flushNow}
            error={fieldErrors.privateNotes}
          />
        </section>
      </form>
    </div>
  )
}
