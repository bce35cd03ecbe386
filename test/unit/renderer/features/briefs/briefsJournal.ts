import { contract } from '../../../../../shared/contract'
import type { Debrief, Prebrief } from '../../../../../shared/entities'
import { fail, ok } from '../../../../../shared/result'
import { effectiveStakes } from '../../../../../shared/stakes'
import { toIssues } from '../../../../../shared/validation'
import type { NextSkillFocus } from '../../../../../shared/coaching'
import { fakeJournal } from '../../helpers/fakeJournal'

/**
 * The shared fake journal, plus what the brief editors need: pre-briefs and debriefs kept per
 * call (validated by the contract's own schemas, so a bad value fails as it would in the core),
 * `calls.get` that returns them, and a settable `reps.nextSkillFocus`.
 */
export async function briefsJournal() {
  const journal = fakeJournal()
  const prebriefs = new Map<string, Prebrief>()
  const debriefs = new Map<string, Debrief>()
  let focus: NextSkillFocus = { skill: null, fromCallId: null }

  const rep = await journal.api.reps.create({ name: 'Dana Ortiz' })
  if (!rep.ok) throw new Error('setup failed')
  const repId = rep.value.id

  const addCall = async (fields: { date?: string; dealValue?: number | null; account?: string } = {}) => {
    const call = await journal.api.calls.create({ repId, date: fields.date ?? '2026-11-02', account: fields.account ?? 'Acme Corp', dealValue: fields.dealValue ?? null })
    if (!call.ok) throw new Error('setup failed')
    return call.value.id
  }

  journal.override('calls.get', (raw) => {
    const { id } = raw as { id: string }
    const call = journal.calls.find((c) => c.id === id)
    if (!call) return fail('NOT_FOUND', 'That call is not in the journal')
    const repRecord = journal.reps.find((r) => r.id === call.repId)
    return ok({
      call: { ...call },
      rep: repRecord,
      effectiveStakes: effectiveStakes(call, settingsThreshold()),
      prebrief: prebriefs.get(id) ?? null,
      debrief: debriefs.get(id) ?? null,
    })
  })
  let threshold: number | null = null
  const settingsThreshold = () => threshold

  journal.override('prebriefs.save', (raw) => {
    const parsed = contract.prebriefs.save.input.safeParse(raw)
    if (!parsed.success) return fail('INVALID_INPUT', 'Not valid', toIssues(parsed.error))
    const { callId, prebrief: p } = parsed.data
    const saved: Prebrief = {
      plannedRole: p.plannedRole,
      purpose: p.purpose ?? null,
      objective: p.objective ?? null,
      nextStep: p.nextStep ?? null,
      leads: p.leads ?? null,
      questions: p.questions ?? [],
      interventionRule: p.interventionRule ?? null,
      takeoverRisk: p.takeoverRisk ?? null,
      skillFocus: p.skillFocus ?? null,
      notes: p.notes ?? null,
      updatedAt: '2026-11-01T17:00:00.000Z',
    }
    prebriefs.set(callId, saved)
    return ok({ prebrief: saved, conflicts: [] })
  })

  journal.override('debriefs.save', (raw) => {
    const parsed = contract.debriefs.save.input.safeParse(raw)
    if (!parsed.success) return fail('INVALID_INPUT', 'Not valid', toIssues(parsed.error))
    const { callId, debrief: d } = parsed.data
    const saved: Debrief = {
      actualRole: d.actualRole,
      outcome: d.outcome ?? null,
      rescueInitiator: d.rescueInitiator ?? null,
      rescueFear: d.rescueFear ?? null,
      asks: d.asks ?? null,
      tells: d.tells ?? null,
      repSelfAssessment: d.repSelfAssessment ?? null,
      rootCause: d.rootCause ?? null,
      rootCauseNote: d.rootCauseNote ?? null,
      lesson: d.lesson ?? null,
      skillObserved: d.skillObserved ?? null,
      skillToDrill: d.skillToDrill ?? null,
      drillType: d.drillType ?? null,
      drillReps: d.drillReps ?? null,
      notes: d.notes ?? null,
      privateNotes: d.privateNotes ?? null,
      completedAt: '2026-11-02T19:05:00.000Z',
      updatedAt: '2026-11-02T19:05:00.000Z',
    }
    debriefs.set(callId, saved)
    return ok({ debrief: saved, conflicts: [] })
  })

  journal.override('reps.nextSkillFocus', () => ok(focus))

  const saves = (channel: 'prebriefs.save' | 'debriefs.save') => journal.log.filter((entry) => entry.channel === channel)

  return {
    journal,
    api: journal.api,
    repId,
    addCall,
    prebriefs,
    debriefs,
    saves,
    setNextSkillFocus(next: NextSkillFocus) {
      focus = next
    },
    async setThreshold(value: number | null) {
      threshold = value
      await journal.api.settings.update({ interstateThreshold: value })
    },
  }
}
