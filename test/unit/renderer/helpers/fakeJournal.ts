import type { Api } from '../../../../shared/api'
import type { Channel, Handlers } from '../../../../shared/contract'
import { dispatch } from '../../../../shared/dispatch'
import { DEFAULT_SETTINGS, type Call, type CallSummary, type Rep, type Settings } from '../../../../shared/entities'
import { AppFailure, fail, type Result } from '../../../../shared/result'
import { effectiveStakes } from '../../../../shared/stakes'
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../../shared/reminders'
import { createApi } from '../../../../renderer/src/api/client'

/**
 * A small in-memory journal behind the real contract: inputs go through `dispatch`, so they are
 * validated by the same schemas and fail with the same Results as in the core. Only what the
 * renderer's screens use is implemented; anything else fails loudly.
 */
export function fakeJournal() {
  const reps: Rep[] = []
  const calls: Call[] = []
  let settings: Settings = { ...DEFAULT_SETTINGS }
  let nextId = 1
  let firstRunDismissed = false
  let reminderSettings: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS }
  const requireRep = (id: string) => {
    const rep = reps.find((r) => r.id === id)
    if (!rep) throw new AppFailure('NOT_FOUND', 'That rep is not in the journal')
    return rep
  }
  const requireCall = (id: string) => {
    const call = calls.find((c) => c.id === id)
    if (!call) throw new AppFailure('NOT_FOUND', 'That call is not in the journal')
    return call
  }
  const summary = (call: Call): CallSummary => ({
    ...call,
    repName: requireRep(call.repId).name,
    effectiveStakes: effectiveStakes(call, settings.interstateThreshold),
    plannedRole: null,
    actualRole: null,
    outcome: null,
  })
  const notHere = () => {
    throw new AppFailure('INTERNAL', 'Not implemented in the fake journal')
  }

  const handlers = {
    app: { info: notHere },
    reps: {
      list: ({ includeArchived }) => reps.filter((r) => includeArchived || !r.archived),
      get: ({ id }) => requireRep(id),
      create: (input) => {
        // A repeated create (the form's own id sent again) answers the record it made, as the core does.
        const made = input.id === undefined ? undefined : reps.find((r) => r.id === input.id)
        if (made) return made
        const rep: Rep = { id: input.id ?? `r${nextId++}`, name: input.name, title: input.title ?? null, startedOn: input.startedOn ?? null, archived: false }
        reps.push(rep)
        return rep
      },
      update: ({ id, base: _base, ...changes }) => {
        const rep = requireRep(id)
        for (const [key, value] of Object.entries(changes)) if (value !== undefined) Object.assign(rep, { [key]: value })
        return rep
      },
      merge: notHere,
      delete: notHere,
      overview: notHere,
      nextSkillFocus: notHere,
    },
    calls: {
      list: ({ repId, limit, offset }) => {
        const matching = calls
          .filter((c) => repId === undefined || c.repId === repId)
          .sort((a, b) => b.date.localeCompare(a.date))
        return { items: matching.slice(offset, offset + limit).map(summary), total: matching.length }
      },
      get: ({ id }) => {
        const call = requireCall(id)
        return { call, rep: requireRep(call.repId), effectiveStakes: effectiveStakes(call, settings.interstateThreshold), prebrief: null, debrief: null }
      },
      create: (input) => {
        requireRep(input.repId)
        const made = input.id === undefined ? undefined : calls.find((c) => c.id === input.id)
        if (made) return made
        const call: Call = {
          id: input.id ?? `c${nextId++}`,
          repId: input.repId,
          date: input.date,
          time: input.time ?? null,
          account: input.account ?? null,
          opportunity: input.opportunity ?? null,
          dealValue: input.dealValue ?? null,
          stage: input.stage ?? null,
          stakes: input.stakes ?? null,
          cancelled: false,
        }
        calls.push(call)
        return call
      },
      update: ({ id, base: _base, ...changes }) => {
        const call = requireCall(id)
        for (const [key, value] of Object.entries(changes)) if (value !== undefined) Object.assign(call, { [key]: value })
        return call
      },
      delete: ({ id }) => {
        requireCall(id)
        calls.splice(calls.findIndex((c) => c.id === id), 1)
        return { id }
      },
    },
    prebriefs: { save: notHere, delete: notHere },
    debriefs: { save: notHere, delete: notHere },
    sessions: { list: notHere, create: notHere, update: notHere, delete: notHere },
    // Nothing due unless a test overrides `reminders.list`; the choices are kept.
    reminders: {
      list: ({ clock }) => ({ clock: clock ?? { today: '2026-11-13', time: '09:00' }, total: 0, groups: [], settings: reminderSettings }),
      takeNew: () => ({ reminders: [], text: null }),
      settings: () => reminderSettings,
      updateSettings: (input) => {
        reminderSettings = { ...reminderSettings, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) }
        return reminderSettings
      },
    },
    settings: {
      get: () => settings,
      update: (input) => {
        settings = { ...settings, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) }
        return settings
      },
    },
    journal: { export: notHere, exportFile: notHere, previewImport: notHere, import: notHere, status: () => ({ state: 'ok' as const }), salvage: notHere },
    // A plain journal: the app opens straight away (the lock is tested on a real one, e2e).
    security: {
      status: () => ({ encrypted: false, locked: false, idleLockMinutes: null, keyFileMissing: false }),
      unlock: notHere,
      lock: notHere,
      enable: notHere,
      disable: notHere,
      changePassphrase: notHere,
      setIdleLock: notHere,
    },
    firstRun: {
      status: () => ({ empty: reps.length === 0 && calls.length === 0, dismissed: firstRunDismissed }),
      dismiss: () => {
        firstRunDismissed = true
        return { empty: reps.length === 0 && calls.length === 0, dismissed: true }
      },
    },
    demo: { status: () => ({ available: true, open: false, exists: false }), open: notHere, close: notHere, remove: notHere },
  } satisfies Partial<Handlers>

  /** Replaces the answer to one channel, e.g. to make it fail (or answer later). */
  const overrides = new Map<Channel, (input: unknown) => Result<unknown> | Promise<Result<unknown>>>()
  const calls_: Array<{ channel: Channel; input: unknown }> = []
  const api: Api = createApi(async (channel, input) => {
    calls_.push({ channel, input })
    const override = overrides.get(channel)
    if (override) return override(input)
    // Namespaces the screens under test never call (and any added later) are simply absent.
    return dispatch(handlers, channel, input)
  })

  return {
    api,
    reps,
    calls,
    /** Every call the renderer made, in order. */
    log: calls_,
    override(channel: Channel, answer: (input: unknown) => Result<unknown> | Promise<Result<unknown>>) {
      overrides.set(channel, answer)
    },
    failWith(channel: Channel, code: Parameters<typeof fail>[0], message: string) {
      overrides.set(channel, () => fail(code, message))
    },
    restore(channel: Channel) {
      overrides.delete(channel)
    },
  }
}
