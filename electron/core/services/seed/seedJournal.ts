import type Database from 'better-sqlite3-multiple-ciphers'
import { localToday } from '../../../../shared/dates'
import { ROOT_CAUSES, type Outcome, type Purpose, type RescueFear, type RescueInitiator, type Role, type RootCause, type SessionKind, type Stage, type Stakes } from '../../../../shared/domain'
import type { Call, CoachingSession, Debrief, Leads, Prebrief, Rep } from '../../../../shared/entities'
import { addDays, daysBetween, isoWeekday } from '../../../../shared/isoWeek'
import { AppFailure } from '../../../../shared/result'
import type { RichTextDoc } from '../../../../shared/richText'
import { effectiveStakes } from '../../../../shared/stakes'
import { createRepositories } from '../../db/repositories'
import { createRandom, type Random } from './random'
import { bulletList, doc, paragraph } from './richText'
import * as words from './vocabulary'

/**
 * Fills a journal with a believable one: eight reps (one archived, two who joined later), calls
 * over the last three years and a few weeks ahead, pre-briefs, debriefs, rich-text notes and
 * coaching sessions — and a manager who rescues less as time goes on. The same seed and the same
 * `today` give the same journal, so demos and benchmarks can be repeated.
 */
export const DEFAULT_SEED = 1123
/**
 * Raised whenever the same seed starts to give another journal (so `npm run bench` reseeds its
 * cached journal). 2: predicted takeover chances follow each call's odds of a rescue. 3: rich
 * text keeps its keys in the order the contract's schema gives them (type, marks, text), as
 * everything the app saves does, so an exported seeded journal imports as a real one would.
 */
export const SEED_VERSION = 3
export const MAX_SEED_CALLS = 1_000_000
export const SEED_INTERSTATE_THRESHOLD = 250_000
const HISTORY_DAYS = 3 * 365
const FUTURE_DAYS = 21

export type SeedOptions = {
  calls: number
  seed?: number | undefined
  /** Seed into a journal that already holds data (adds to it; nothing is deleted). */
  force?: boolean | undefined
  /** The local day the journal is seeded "as of"; calls run up to three weeks past it. */
  today?: string | undefined
}

export type SeedSummary = {
  seed: number
  reps: number
  calls: number
  cancelled: number
  prebriefs: number
  debriefs: number
  rescues: number
  sessions: number
  from: string
  to: string
  /** Wall-clock milliseconds the generation and the transaction took. */
  ms: number
}

/**
 * Nothing in a demo journal was written in the future: a call next week was entered and planned
 * by today at the latest, or the home screen's recent activity reads "saved in two weeks".
 */
function notAfterToday(instant: string, today: string): string {
  return instant.slice(0, 10) > today ? `${today}T07:00:00.000Z` : instant
}

type RepPlan = Rep & { activeFrom: string; activeTo: string; propensity: number; joinedLate: boolean }

const LEGIT_ROLES: readonly Role[] = ['visiting_dignitary', 'depth_and_breadth', 'technical_expert']

export function seedJournal(db: Database.Database, options: SeedOptions): SeedSummary {
  const started = performance.now()
  const calls = options.calls
  if (!Number.isInteger(calls) || calls < 0 || calls > MAX_SEED_CALLS) {
    throw new AppFailure('INVALID_INPUT', `The number of calls must be a whole number from 0 to ${MAX_SEED_CALLS.toLocaleString('en-US')}`)
  }
  const seed = options.seed ?? DEFAULT_SEED
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new AppFailure('INVALID_INPUT', 'The seed must be a whole number from 0 to 4294967295')
  }
  const today = options.today ?? localToday()
  const from = addDays(today, -HISTORY_DAYS)
  const to = addDays(today, FUTURE_DAYS)
  const random = createRandom(seed)
  const prefix = `seed${seed}`
  const repos = createRepositories(db)

  const summary: SeedSummary = { seed, reps: 0, calls: 0, cancelled: 0, prebriefs: 0, debriefs: 0, rescues: 0, sessions: 0, from, to, ms: 0 }

  db.transaction(() => {
    const counts = db
      .prepare<[], { n: number }>(
        'SELECT (SELECT COUNT(*) FROM reps) + (SELECT COUNT(*) FROM calls) + (SELECT COUNT(*) FROM coaching_sessions) AS n',
      )
      .get()
    const isEmpty = (counts?.n ?? 0) === 0
    if (!isEmpty && !options.force) {
      throw new AppFailure('CONFLICT', 'This journal already holds data; seeding would mix demo entries into it (use --force to add them anyway)')
    }
    if (repos.reps.get(`${prefix}-rep-1`)) {
      throw new AppFailure('CONFLICT', `This journal already holds the demo data of seed ${seed}; choose another --seed`)
    }
    const settings = repos.settings.get()
    if (settings.interstateThreshold === null) {
      repos.settings.save({ ...settings, interstateThreshold: SEED_INTERSTATE_THRESHOLD }, `${from}T08:00:00.000Z`)
    }
    const threshold = repos.settings.get().interstateThreshold

    const reps = planReps(random, prefix, from, to)
    for (const rep of reps) {
      const { id, name, title, startedOn, archived } = rep
      repos.reps.save({ id, name, title, startedOn, archived }, `${rep.activeFrom}T08:00:00.000Z`)
    }
    summary.reps = reps.length

    const weekdays = weekdaysBetween(from, to)
    const heldWeekdays = weekdays.filter((day) => day <= today)
    const skillFocus = new Map<string, string>()

    const slots = Array.from({ length: calls }, () => {
      const day = random.pick(weekdays)
      return { day, rep: pickActiveRep(random, reps, day), time: random.chance(0.8) ? randomTime(random) : null }
    })
    slots.sort((a, b) => compare(a.day, b.day) || compare(a.time ?? '', b.time ?? ''))
    const width = String(Math.max(calls, 1)).length

    // Briefs go in before their call, with foreign keys checked at commit: the triggers that keep
    // the metric counts and the search index then build each call's rows once, not three times.
    db.pragma('defer_foreign_keys = ON')
    slots.forEach((slot, index) => {
      const progress = daysBetween(from, slot.day) / (HISTORY_DAYS + FUTURE_DAYS)
      const call = makeCall(random, `${prefix}-call-${String(index + 1).padStart(width, '0')}`, slot)
      const enteredAt = notAfterToday(`${addDays(slot.day, -random.int(1, 10))}T08:30:00.000Z`, today)
      const stakes = effectiveStakes(call, threshold)
      const drafted = random.chance(0.78 + 0.12 * progress) ? makePrebrief(random, slot, skillFocus.get(slot.rep.id)) : null
      // The manager's predicted chance of taking over follows the real odds of this call, blurred.
      const planned = drafted && {
        ...drafted,
        takeoverRisk: random.chance(0.6) ? predictTakeover(random, rescueChance({ slot, progress, stakes, prebrief: drafted }), progress) : null,
      }
      const prebrief = planned && { ...planned, updatedAt: planned.updatedAt && notAfterToday(planned.updatedAt, today) }
      const held = slot.day <= today
      const catchingUp = daysBetween(slot.day, today) < 10
      const debriefed = held && !call.cancelled && random.chance(catchingUp ? 0.6 : 0.92)
      const written = debriefed ? makeDebrief(random, { slot, progress, stakes, prebrief }) : null
      const debrief = written && { ...written, completedAt: written.completedAt && notAfterToday(written.completedAt, today) }

      if (prebrief) {
        repos.briefs.savePrebrief(call.id, prebrief)
        summary.prebriefs += 1
      }
      if (debrief) {
        repos.briefs.saveDebrief(call.id, debrief, debrief.completedAt ?? `${slot.day}T18:00:00.000Z`)
        summary.debriefs += 1
        if (debrief.actualRole === 'crutch') summary.rescues += 1
        if (debrief.skillToDrill) skillFocus.set(slot.rep.id, debrief.skillToDrill)
      }
      repos.calls.save(call, enteredAt)
      summary.calls += 1
      if (call.cancelled) summary.cancelled += 1
    })

    // The manager coaches more often as the rescues fade: sessions thicken toward today.
    const sessionCount = Math.round(calls * 0.3)
    const sessionDays: string[] = []
    while (sessionDays.length < sessionCount && heldWeekdays.length > 0) {
      const day = random.pick(heldWeekdays)
      const progress = daysBetween(from, day) / HISTORY_DAYS
      if (random.chance((1 + 2 * progress) / 3)) sessionDays.push(day)
    }
    sessionDays.sort()
    const sessionWidth = String(Math.max(sessionCount, 1)).length
    sessionDays.forEach((day, index) => {
      const rep = pickActiveRep(random, reps, day)
      const session = makeSession(random, `${prefix}-session-${String(index + 1).padStart(sessionWidth, '0')}`, rep, day, skillFocus.get(rep.id))
      repos.sessions.save(session, `${day}T16:00:00.000Z`)
      summary.sessions += 1
    })
  }).immediate()

  summary.ms = performance.now() - started
  return summary
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function planReps(random: Random, prefix: string, from: string, to: string): RepPlan[] {
  const span = daysBetween(from, to)
  return words.REP_PROFILES.map((profile, index) => {
    // Reps 5 and 6 joined during the three years; the last one left half-way and is archived.
    const joinedLate = index === 4 || index === 5
    const leaves = index === words.REP_PROFILES.length - 1
    const activeFrom = joinedLate ? addDays(from, Math.round(span * (index === 4 ? 0.3 : 0.6))) : from
    const activeTo = leaves ? addDays(from, Math.round(span * 0.55)) : to
    const startedOn = joinedLate ? activeFrom : addDays(from, -random.int(60, 1500))
    return {
      id: `${prefix}-rep-${index + 1}`,
      name: profile.name,
      title: profile.title,
      startedOn,
      archived: leaves,
      activeFrom,
      activeTo,
      propensity: 0.7 + random.next() * 0.7,
      joinedLate,
    }
  })
}

function pickActiveRep(random: Random, reps: readonly RepPlan[], day: string): RepPlan {
  const active = reps.filter((rep) => rep.activeFrom <= day && day <= rep.activeTo)
  return random.pick(active.length > 0 ? active : reps)
}

function weekdaysBetween(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) if (isoWeekday(day) < 5) days.push(day)
  return days
}

function randomTime(random: Random): string {
  const minutes = 8 * 60 + 30 * random.int(0, 19)
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

type Slot = { day: string; rep: RepPlan; time: string | null }

function makeCall(random: Random, id: string, slot: Slot): Call {
  const bigDeal = random.chance(0.06)
  const raw = bigDeal ? 200_000 + random.next() * 1_300_000 : Math.exp(Math.log(40_000) + 0.8 * random.normal())
  const dealValue = random.chance(0.9) ? Math.max(1_000, Math.round(Math.min(raw, 3_000_000) / 500) * 500) : null
  // Now and then the manager overrides the derived stakes: a famous logo, a routine big renewal.
  const stakes: Stakes | null = random.chance(0.04) ? (random.chance(0.6) ? 'interstate' : 'sidewalk') : null
  return {
    id,
    repId: slot.rep.id,
    date: slot.day,
    time: slot.time,
    account: random.pick(words.ACCOUNTS),
    opportunity: random.chance(0.85) ? random.pick(words.OPPORTUNITIES) : null,
    dealValue,
    stage: random.chance(0.95)
      ? random.weighted<Stage>({ discovery: 25, demo: 20, proposal: 20, negotiation: 15, close: 10, other: 5 })
      : null,
    stakes,
    cancelled: random.chance(0.03),
  }
}

function makePrebrief(random: Random, slot: Slot, openSkill: string | undefined): Prebrief {
  const plannedRole = random.weighted<Role>({ visiting_dignitary: 33, depth_and_breadth: 30, technical_expert: 34, crutch: 3 })
  const objective = random.chance(0.8) ? random.pick(words.OBJECTIVES) : null
  const questions = random.chance(0.7) ? random.sample(words.QUESTIONS, random.int(1, 3)) : []
  const leads: Leads | null = random.chance(0.6)
    ? {
        opening: 'rep',
        discovery: 'rep',
        presenting: random.chance(0.3) ? 'together' : 'rep',
        objections: random.chance(0.2) ? 'manager' : 'rep',
        nextStep: 'rep',
      }
    : null
  const notes = random.chance(0.6)
    ? doc(
        paragraph({ bold: 'Why I am there: ' }, plannedRole === 'crutch' ? 'to close, and I know it.' : 'to watch, not to sell.'),
        ...(questions.length > 0 ? [paragraph('Questions the rep will open with:'), bulletList(questions)] : []),
      )
    : null
  return {
    plannedRole,
    purpose: random.chance(0.9) ? random.weighted<Purpose>({ team: 45, training: 55 }) : null,
    objective,
    nextStep: random.chance(0.75) ? random.pick(words.NEXT_STEPS) : null,
    leads,
    questions,
    interventionRule: random.chance(0.65) ? random.pick(words.INTERVENTION_RULES) : null,
    takeoverRisk: null, // predicted by the caller, from the call's odds of a rescue
    skillFocus: openSkill && random.chance(0.8) ? openSkill : random.chance(0.4) ? random.pick(words.SKILLS) : null,
    notes,
    updatedAt: `${addDays(slot.day, -random.int(0, 2))}T${String(random.int(7, 16)).padStart(2, '0')}:15:00.000Z`,
  }
}

type DebriefPlan = { slot: Slot; progress: number; stakes: Stakes; prebrief: Prebrief | null }

/**
 * The odds that the manager rescues on this call: falling as the manager learns, higher with a
 * rep who rescues easily or joined lately and on interstate deals, lower with an intervention
 * rule, near certain when the crutch was the plan.
 */
function rescueChance({ slot, progress, stakes, prebrief }: DebriefPlan): number {
  const rep = slot.rep
  const monthsIn = daysBetween(rep.activeFrom, slot.day) / 30
  let chance = (0.42 - 0.32 * progress) * rep.propensity
  if (rep.joinedLate && monthsIn < 6) chance += 0.15
  if (stakes === 'interstate') chance += 0.18
  if (prebrief?.interventionRule) chance -= 0.08
  if (prebrief?.plannedRole === 'crutch') chance = 0.9
  return Math.min(0.95, Math.max(0.02, chance))
}

/**
 * The takeover chance the manager writes in the pre-brief (0–100 in tens): the call's real odds
 * with noise, and an optimism that fades — early on the manager expects to take over less often
 * than happens. So the calibration chart rises, a little below the diagonal at first.
 */
function predictTakeover(random: Random, chance: number, progress: number): number {
  const guess = chance - 0.12 * (1 - progress) + 0.13 * random.normal()
  return Math.round(Math.min(1, Math.max(0, guess)) * 10) * 10
}

function makeDebrief(random: Random, plan: DebriefPlan): Debrief {
  const { slot, progress, stakes, prebrief } = plan
  const rescued = random.chance(rescueChance(plan))

  const actualRole: Role = rescued
    ? 'crutch'
    : prebrief && prebrief.plannedRole !== 'crutch' && random.chance(0.85)
      ? prebrief.plannedRole
      : random.pick(LEGIT_ROLES)
  const outcome = random.weighted<Outcome>({ won: 15, advanced: 35, continued: 25, lost: 15, no_decision: 10 })

  // Asking grows and telling shrinks as the manager learns; counts are not always recorded.
  const recorded = random.weighted({ both: 75, asksOnly: 8, tellsOnly: 7, neither: 10 })
  const asks = recorded === 'both' || recorded === 'asksOnly' ? random.poisson(3 + 6 * progress) : null
  const tells = recorded === 'both' || recorded === 'tellsOnly' ? random.poisson(9 - 5 * progress) : null

  const skillToDrill = random.chance(0.75) ? random.pick(words.SKILLS) : null
  const lesson = outcome === 'lost' || random.chance(0.7) ? random.pick(words.LESSONS) : null
  const delay = random.weighted({ same: 70, next: 20, later: 10 })
  const completedDay = addDays(slot.day, delay === 'same' ? 0 : delay === 'next' ? 1 : random.int(2, 5))

  return {
    actualRole,
    outcome,
    rescueInitiator:
      rescued && random.chance(0.9) ? random.weighted<RescueInitiator>({ me: 55, rep_asked: 30, customer: 15 }) : null,
    rescueFear: rescued && random.chance(0.9)
      ? random.weighted<RescueFear>({
          quarter_pressure: 35,
          big_logo: stakes === 'interstate' ? 40 : 15,
          boss_watching: 10,
          habit: 30,
          other: 5,
        })
      : null,
    asks,
    tells,
    repSelfAssessment: random.chance(0.6)
      ? doc(
          paragraph({ bold: 'Went well: ' }, random.pick(words.SELF_ASSESSMENTS_GOOD)),
          paragraph({ bold: 'Next time: ' }, random.pick(words.SELF_ASSESSMENTS_BETTER)),
        )
      : null,
    rootCause: random.chance(0.6)
      ? random.weighted<RootCause>({
          confidence: 25,
          competence: 20,
          unknown_questions: 15,
          fear_of_stump: 10,
          messaging: 12,
          delivery: 12,
          other: 6,
        })
      : null,
    rootCauseNote: random.chance(0.3) ? random.pick(words.ROOT_CAUSE_NOTES) : null,
    lesson,
    skillObserved: prebrief?.skillFocus ? random.chance(0.5) : null,
    skillToDrill,
    drillType: skillToDrill ? random.weighted({ role_play: 40, drill: 25, call_review: 25, script: 10 }) : null,
    drillReps: skillToDrill ? random.int(3, 6) : null,
    notes: random.chance(0.8)
      ? doc(
          paragraph({ bold: 'What I saw: ' }, random.pick(words.OBSERVATIONS)),
          bulletList(random.sample(words.OBSERVATIONS, 2)),
          ...(lesson ? [paragraph({ bold: 'Lesson: ' }, lesson)] : []),
        )
      : null,
    privateNotes: random.chance(rescued ? 0.7 : 0.25)
      ? doc(paragraph(random.pick(rescued ? words.PRIVATE_RESCUE : words.PRIVATE_HELD_BACK)))
      : null,
    completedAt: `${completedDay}T${String(random.int(15, 21)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`,
    updatedAt: null,
  }
}

function makeSession(random: Random, id: string, rep: RepPlan, day: string, openSkill: string | undefined): CoachingSession {
  const kind = random.weighted<SessionKind>({ role_play: 25, drill: 20, prebrief: 20, postbrief: 20, one_on_one: 15 })
  const notes: RichTextDoc | null = random.chance(0.6)
    ? doc(paragraph(random.pick(words.SESSION_NOTES)), ...(random.chance(0.3) ? [paragraph({ bold: 'Again next week.' })] : []))
    : null
  return {
    id,
    repId: rep.id,
    date: day,
    kind,
    skill: openSkill && random.chance(0.7) ? openSkill : random.chance(0.6) ? random.pick(words.SKILLS) : null,
    minutes: random.chance(0.9) ? random.pick([15, 20, 30, 45, 60]) : null,
    ...challengeTalk(id, kind),
    notes,
    updatedAt: null,
  }
}

/**
 * One-on-ones carry ask/tell tallies and a root cause. Derived from the id rather than drawn from
 * the generator, so adding them left every other seeded value as it was.
 */
function challengeTalk(id: string, kind: SessionKind): Pick<CoachingSession, 'asks' | 'tells' | 'rootCause' | 'rootCauseNote'> {
  if (kind !== 'one_on_one') return { asks: null, tells: null, rootCause: null, rootCauseNote: null }
  const hash = [...id].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 9973, 7)
  return {
    asks: 2 + (hash % 7),
    tells: 1 + (Math.floor(hash / 7) % 6),
    // The six named causes; `other` would want a note.
    rootCause: ROOT_CAUSES[hash % 6] ?? null,
    rootCauseNote: null,
  }
}
