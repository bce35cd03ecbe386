import type { DebriefInput, PrebriefInput } from '../../../../../../shared/contract'
import type { Call } from '../../../../../../shared/entities'
import type { Core } from '../../../../../../electron/core'
import { invoke } from '../../../../../helpers/tempJournal'

/** Builds small journals through the contract, a call at a time, for the overview tests. */
export type CallScene = {
  time?: string
  account?: string
  opportunity?: string
  cancelled?: boolean
  prebrief?: Partial<PrebriefInput>
  debrief?: Partial<DebriefInput>
}

export async function addRep(core: Core, name = 'Dana Ortiz') {
  return invoke(core, 'reps.create', { name })
}

export async function addCall(core: Core, repId: string, date: string, scene: CallScene = {}): Promise<Call> {
  const call = await invoke(core, 'calls.create', {
    repId,
    date,
    time: scene.time ?? null,
    account: scene.account ?? null,
    opportunity: scene.opportunity ?? null,
  })
  if (scene.prebrief) {
    await invoke(core, 'prebriefs.save', { callId: call.id, prebrief: { plannedRole: 'technical_expert', ...scene.prebrief } })
  }
  if (scene.debrief) {
    await invoke(core, 'debriefs.save', { callId: call.id, debrief: { actualRole: 'technical_expert', ...scene.debrief } })
  }
  if (scene.cancelled) await invoke(core, 'calls.update', { id: call.id, cancelled: true })
  return call
}
