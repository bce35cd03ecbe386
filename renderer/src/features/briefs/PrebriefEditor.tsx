import { useCallback, useMemo, useState } from 'react'
import { Link } from 'wouter'
import { CALL_PARTS, LEADERS, PURPOSES, RESCUE_ROLE, type CallPart, type Leader } from '../../../../shared/domain'
import type { CallDetail, Settings } from '../../../../shared/entities'
import type { RichTextDoc } from '../../../../shared/richText'
import { CALL_PART_LABELS, LEADER_LABELS, PURPOSE_LABELS } from '../../../../shared/labels'
import { effectiveStakes } from '../../../../shared/stakes'
import { FormAlert } from '../../components/FormAlert'
import { LoadingState } from '../../components/LoadingState'
import { RichTextEditor } from '../../editor'
import { SaveIndicator } from '../../lib/autosave'
import { CONFLICT_ATTENTION, ConflictPanel, useMergedAutosave } from '../../lib/editing'
import { bindFields } from './bindFields'
import { PREBRIEF_BOTH, prebriefConflicts, prebriefShape } from './briefEditing'
import { formatDay } from '../../lib/format'
import { briefFieldErrors } from './briefErrors'
import { useBriefSavers, useCallSource, useNextSkillFocus } from './briefsApi'
import { PREBRIEF_FIELDS, toPrebriefForm, type PrebriefForm } from './prebriefForm'
import { QuestionsEditor } from './QuestionsEditor'
import { RoleChoice } from './RoleChoice'
import { Segmented } from './Segmented'
import { SilencePrompt } from './SilencePrompt'
import { StakesControl } from './StakesControl'
import { TakeoverChance } from './TakeoverChance'
import { TextAreaField, TextField } from './TextAreaField'
import { shouldAskAboutSilence } from './takeoverRule'
import './briefs.css'
import { paths } from '../../app/paths'
import { useShallowStable } from '../../lib/useShallowStable'

export type PrebriefEditorProps = { detail: CallDetail; settings: Settings }

/**
 * The pre-brief of one call. A call without one starts with the rep's open skill to drill as the
 * skill to observe, so the editor waits for that before it opens.
 */
export function PrebriefEditor({ detail, settings }: PrebriefEditorProps) {
  // Whether the call had a plan when the editor opened; the first save must not change that.
  const [isNew] = useState(detail.prebrief === null)
  const focus = useNextSkillFocus(detail.rep.id)
  if (isNew && focus.isPending) return <LoadingState label="Loading the plan…" />
  return <PrebriefFormView detail={detail} settings={settings} isNew={isNew} suggestion={focus.data ?? null} />
}

type Suggestion = { skill: string | null; fromCallId: string | null }

function PrebriefFormView({
  detail,
  settings,
  isNew,
  suggestion,
}: PrebriefEditorProps & { isNew: boolean; suggestion: Suggestion | null }) {
  const { call } = detail
  const [shape] = useState(prebriefShape)
  const [initialForm] = useState(() => toPrebriefForm(detail.prebrief, isNew ? (suggestion?.skill ?? null) : null))
  const [silenceDismissed, setSilenceDismissed] = useState(false)
  const { savePrebrief } = useBriefSavers(call.id)
  // Saved as typed; another window's changes are merged in, a field changed in both is held (docs/conflicts.md).
  const { form, setForm, setFormDrawnLater, autosave, held, choose } = useMergedAutosave({ shape, initialForm, stored: detail.prebrief, save: savePrebrief })
  const { fieldErrors: errorsNow, formError } = briefFieldErrors(autosave.error, 'prebrief', PREBRIEF_FIELDS)
  // Rebuilt at each render, kept as the same object while the same, so the parts below keep theirs.
  const fieldErrors = useShallowStable(errorsNow)
  const conflicts = useMemo(() => prebriefConflicts(held), [held])
  // The form without its notes, the same object while the other fields are the same: a key typed
  // in the notes renders this screen again, and every part drawn from `facts` is an element
  // memoised on it, so React skips them (docs/performance.md, "Typing, stop 22").
  const facts = useShallowStable<PrebriefForm>({ ...form, notes: null })
  // The same callbacks at every render, so a key typed in the notes does not re-render their editor.
  const { flush, status, sending, retry } = autosave
  const flushNow = useCallback(() => void flush(), [flush])
  const setNotes = useCallback((doc: RichTextDoc) => setFormDrawnLater((f) => ({ ...f, notes: doc })), [setFormDrawnLater])
  const noRole = facts.plannedRole === null

  const bar = useMemo(
    () => (
      <div className="brief__bar">
        <h2 className="brief__title">Plan the call</h2>
        <SaveIndicator
          status={status}
          sending={sending}
          onRetry={() => void retry()}
          idleText={noRole ? 'Saved once you pick your role' : undefined}
          attention={conflicts.length > 0 ? CONFLICT_ATTENTION : undefined}
        />
      </div>
    ),
    [status, sending, retry, noRole, conflicts.length],
  )
  const conflictPanel = useMemo(
    () => <ConflictPanel items={conflicts} onChoose={(field, choice) => choose(field, choice, PREBRIEF_BOTH[field as keyof typeof PREBRIEF_BOTH])} />,
    [conflicts, choose],
  )
  const fields = useMemo(() => {
    const { set, bind } = bindFields(facts, setForm, fieldErrors)
    const setLead = (part: CallPart, leader: Leader) => setForm((f) => ({ ...f, leads: { ...f.leads, [part]: leader } }))
    const stakes = effectiveStakes(call, settings.interstateThreshold)
    const askAboutSilence = !silenceDismissed && shouldAskAboutSilence(stakes, facts.interventionRule)
    return (
      <>
        <section className="card brief__section" aria-labelledby="pb-role">
          <h3 id="pb-role" className="brief__heading">
            Your role
          </h3>
          <RoleChoice
            name={`planned-role-${call.id}`}
            legend="The role you plan to play"
            value={facts.plannedRole}
            onChange={(role) => set('plannedRole', role)}
            error={fieldErrors.plannedRole}
          >
            {noRole && (
              <p className="brief-note" id="pb-role-note">
                A plan starts with your role. Fill in anything below meanwhile: it is kept here and saved the moment you pick
                one.
              </p>
            )}
            {facts.plannedRole === RESCUE_ROLE && (
              <p className="brief-warning">
                <strong>You are planning a rescue.</strong> Closing for the rep may get this deal, but it teaches them to wait
                for you. If it has to be you, agree now which part the rep will own, so next time they need you less.
              </p>
            )}
          </RoleChoice>
          <Segmented
            name={`purpose-${call.id}`}
            legend="Why you are going"
            options={PURPOSES.map((p) => ({ value: p, label: PURPOSE_LABELS[p] }))}
            value={facts.purpose}
            onChange={(purpose) => set('purpose', purpose)}
            error={fieldErrors.purpose}
          />
          <StakesControl call={call} settings={settings} />
        </section>

        <section className="card brief__section" aria-labelledby="pb-goal">
          <h3 id="pb-goal" className="brief__heading">
            What the call is for
          </h3>
          <TextAreaField
            label="Objective"
            description="What should be true when the call ends?"
            {...bind('objective')}
          />
          <TextAreaField
            label="The next step the customer agrees to"
            description="A concrete commitment from the customer, not from the rep."
            {...bind('nextStep')}
          />
        </section>

        <section className="card brief__section" aria-labelledby="pb-leads">
          <h3 id="pb-leads" className="brief__heading">
            Who leads each part
          </h3>
          <div className="leads">
            {CALL_PARTS.map((part) => (
              <Segmented
                key={part}
                inline
                name={`lead-${part}-${call.id}`}
                legend={CALL_PART_LABELS[part]}
                options={LEADERS.map((l) => ({ value: l, label: LEADER_LABELS[l] }))}
                value={facts.leads[part] ?? null}
                onChange={(leader) => setLead(part, leader)}
              />
            ))}
          </div>
          {fieldErrors.leads && <p className="field__error">{fieldErrors.leads}</p>}
          <QuestionsEditor value={facts.questions} onChange={(rows) => set('questions', rows)} error={fieldErrors.questions} />
        </section>

        <section className="card brief__section" aria-labelledby="pb-stepping-in">
          <h3 id="pb-stepping-in" className="brief__heading">
            Stepping in
          </h3>
          <TextAreaField
            label="Your intervention rule"
            description="The one situation in which you will step in. Anything else, the rep handles."
            placeholder="e.g. Only if the customer asks for terms outside our pricing policy"
            {...bind('interventionRule')}
          />
          {askAboutSilence && <SilencePrompt onDismiss={() => setSilenceDismissed(true)} />}
          <TakeoverChance {...bind('takeoverRisk')} />
        </section>
      </>
    )
  }, [facts, setForm, fieldErrors, call, settings, silenceDismissed, noRole])
  const skillField = useMemo(() => {
    const { bind } = bindFields(facts, setForm, fieldErrors)
    const fromSkill = suggestion?.skill && facts.skillFocus.trim() === suggestion.skill ? suggestion : null
    return (
      <TextField
        label="Skill to observe"
        description={fromSkill ? <SkillSource fromCallId={fromSkill.fromCallId} /> : 'One skill to watch the rep use, so the debrief has something specific to talk about.'}
        {...bind('skillFocus')}
      />
    )
  }, [facts, setForm, fieldErrors, suggestion])

  return (
    <form className="brief" aria-label="Pre-brief" onSubmit={(event) => event.preventDefault()} onBlur={flushNow}>
      {bar}
      {formError && <FormAlert>{formError}</FormAlert>}
      {conflictPanel}

      {fields}

      <section className="card brief__section" aria-labelledby="pb-observe">
        <h3 id="pb-observe" className="brief__heading">
          What you will watch for
        </h3>
        {skillField}
        <RichTextEditor
          id={`prebrief-notes-${call.id}`}
          label="Notes"
          placeholder="Anything else to remember for this call"
          value={form.notes}
          onChange={setNotes}
          onBlur={flushNow}
          error={fieldErrors.notes}
        />
      </section>
    </form>
  )
}

/** "From the debrief of Mon, Nov 2, 2026": where a carried-over skill to observe came from. */
function SkillSource({ fromCallId }: { fromCallId: string | null }) {
  const source = useCallSource(fromCallId)
  if (!fromCallId) return <>Carried over from an earlier debrief. Change it if today calls for something else.</>
  return (
    <>
      From{' '}
      <Link href={paths.call(fromCallId, 'debrief')}>
        the debrief of {source.data ? formatDay(source.data.call.date) : 'an earlier call'}
      </Link>
      , still open. Change it if today calls for something else.
    </>
  )
}
