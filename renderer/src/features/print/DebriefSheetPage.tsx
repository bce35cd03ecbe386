import { useRef } from 'react'
import { RESCUE_ROLE } from '../../../../shared/domain'
import {
  DRILL_TYPE_LABELS,
  OUTCOME_LABELS,
  PURPOSE_LABELS,
  ROLE_LABELS,
  ROOT_CAUSE_LABELS,
  STAGE_LABELS,
  STAKES_LABELS,
} from '../../../../shared/labels'
import type { DebriefSheet } from '../../../../shared/print'
import { ROOT_CAUSE_QUESTIONS, rootCausePartner } from '../../../../shared/rootCauseQuestions'
import { isApiError } from '../../api/errors'
import { formatDay, formatMoney, formatTime } from '../../lib/format'
import { PrintDocument, PrintMessage } from './PrintDocument'
import { Clamped, ClampedRichText, Field, RuledNotes, Text, TickBoxes } from './SheetParts'
import { useFitToPage } from './useFitToPage'
import { useDebriefSheet } from './usePrintData'
import { useIdParam } from '../../app/paths'

/** `#/print/debrief/<callId>`: one call on one page, to bring to the one-on-one with the rep. */
export function DebriefSheetPage() {
  const callId = useIdParam('callId')
  const sheet = useDebriefSheet(callId)
  if (sheet.isPending) return <PrintMessage title="Preparing the debrief sheet…" />
  if (sheet.isError) {
    const missing = isApiError(sheet.error) && sheet.error.code === 'NOT_FOUND'
    return (
      <PrintMessage title={missing ? 'This call is not in your journal' : 'The debrief sheet could not be made'} failed>
        {sheet.error.message}
      </PrintMessage>
    )
  }
  return <DebriefSheetView sheet={sheet.data} />
}

export function callName(call: DebriefSheet['call']): string {
  return [call.account, call.opportunity].filter(Boolean).join(' — ') || 'Call'
}

function DebriefSheetView({ sheet }: { sheet: DebriefSheet }) {
  const paper = useRef<HTMLDivElement>(null)
  const fitted = useFitToPage(paper, sheet)
  const { call, rep, plan, debrief } = sheet
  const name = callName(call)
  const rescued = debrief?.actualRole === RESCUE_ROLE
  const partner = debrief?.rootCause ? rootCausePartner(debrief.rootCause) : null

  return (
    <PrintDocument
      paperSize={sheet.paperSize}
      running={{ topLeft: `Coachbook · Debrief sheet · ${rep.name}`, topRight: formatDay(call.date) }}
      title={`Debrief sheet — ${rep.name} — ${name} — ${call.date}`}
      laidOut={fitted}
      layout="sheet"
    >
      <div ref={paper} className="print-sheet-body">
        <header>
          <h1>{name}</h1>
          <p className="print-meta">
            <span>
              Rep: <strong>{rep.name}</strong>
              {rep.title && `, ${rep.title}`}
            </span>
            <span>
              {formatDay(call.date)}
              {call.time && ` at ${formatTime(call.time)}`}
            </span>
            <span>Deal value: {call.dealValue === null ? 'not set' : formatMoney(call.dealValue, sheet.currency)}</span>
            <span>
              Stakes: <strong>{STAKES_LABELS[call.stakes]}</strong>
            </span>
            {call.stage && <span>Stage: {STAGE_LABELS[call.stage]}</span>}
            {call.cancelled && <strong>Cancelled</strong>}
          </p>
        </header>

        <div className="print-columns">
          <section>
            <h2>The plan</h2>
            {plan ? (
              <dl className="print-fields">
                <Field label="Planned role">{ROLE_LABELS[plan.plannedRole]}</Field>
                {plan.purpose && <Field label="Why I was there">{PURPOSE_LABELS[plan.purpose]}</Field>}
                <Field label="Objective">
                  <Clamped lines={3}>
                    <Text value={plan.objective} />
                  </Clamped>
                </Field>
                <Field label="Next step">
                  <Clamped lines={2}>
                    <Text value={plan.nextStep} />
                  </Clamped>
                </Field>
                <Field label="I step in only if">
                  <Clamped lines={3}>
                    <Text value={plan.interventionRule} />
                  </Clamped>
                </Field>
              </dl>
            ) : (
              <p className="print-muted">No pre-brief was recorded for this call.</p>
            )}
          </section>
          <section>
            <h2>What happened</h2>
            {debrief ? (
              <dl className="print-fields">
                <Field label="Role played">
                  {ROLE_LABELS[debrief.actualRole]}
                  {rescued && <strong> — a rescue</strong>}
                </Field>
                {plan && (
                  <Field label="Against the plan">
                    {plan.plannedRole === debrief.actualRole ? 'Kept to the plan' : `Planned ${ROLE_LABELS[plan.plannedRole].toLowerCase()}`}
                  </Field>
                )}
                <Field label="Outcome">{debrief.outcome ? OUTCOME_LABELS[debrief.outcome] : <Text value={null} />}</Field>
              </dl>
            ) : (
              <p className="print-muted">Not debriefed yet.</p>
            )}
          </section>
        </div>

        {debrief && (
          <>
            <section>
              <h2>In the rep’s own words</h2>
              <ClampedRichText doc={debrief.repSelfAssessment} lines={5} />
            </section>

            <div className="print-columns">
              <section>
                <h2>Lesson</h2>
                <Clamped lines={4}>
                  <Text value={debrief.lesson} />
                </Clamped>
                <h3 className="print-subhead">Skill to drill</h3>
                {debrief.skillToDrill ? (
                  <p>
                    <strong>{debrief.skillToDrill}</strong>
                    {debrief.drillType && ` — ${DRILL_TYPE_LABELS[debrief.drillType]}`}
                    {debrief.drillReps !== null && (
                      <>
                        , {debrief.drillReps} repetitions
                        <TickBoxes count={debrief.drillReps} />
                      </>
                    )}
                  </p>
                ) : (
                  <p className="print-muted">None chosen.</p>
                )}
              </section>
              <section>
                <h2>Root cause{debrief.rootCause && `: ${ROOT_CAUSE_LABELS[debrief.rootCause]}`}</h2>
                {debrief.rootCauseNote && (
                  <Clamped lines={2}>
                    <p>{debrief.rootCauseNote}</p>
                  </Clamped>
                )}
                {debrief.rootCause ? (
                  <>
                    <p className="print-subhead">Questions worth asking:</p>
                    <ul className="print-questions">
                      {ROOT_CAUSE_QUESTIONS[debrief.rootCause].map((question) => (
                        <li key={question}>{question}</li>
                      ))}
                      {partner && (
                        <li>
                          To rule out “{ROOT_CAUSE_LABELS[partner]}”: {ROOT_CAUSE_QUESTIONS[partner][0]}
                        </li>
                      )}
                    </ul>
                  </>
                ) : (
                  <p className="print-muted">Not diagnosed yet — ask before you tell.</p>
                )}
              </section>
            </div>

            {debrief.notes && (
              <section>
                <h2>Notes</h2>
                <ClampedRichText doc={debrief.notes} lines={3} />
              </section>
            )}
          </>
        )}

        <RuledNotes title="Notes from our one-on-one" />
      </div>
    </PrintDocument>
  )
}
