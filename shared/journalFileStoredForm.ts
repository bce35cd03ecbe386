import { z } from 'zod'
import { isDayInRange, isRealDay } from './calendarDays'
import { instantSchema } from './dates'
import {
  CALL_PARTS,
  DRILL_TYPES,
  OUTCOMES,
  PURPOSES,
  RESCUE_FEARS,
  RESCUE_INITIATORS,
  ROLES,
  ROOT_CAUSES,
  SESSION_KINDS,
  STAGES,
  STAKES,
} from './domain'
import { FIELD_LIMITS as L } from './fields'
import { isStoredFormDoc } from './richText'
import { textProblem } from './text'

/**
 * A journal file's record in **stored form**: exactly what the file schema (./journalFile.ts)
 * would give back for it — every key of the record's schema present, in the schema's order (as
 * the export writes them), no other key, and every value one the schema accepts and leaves as it
 * is (an id already trimmed, an absent field written as null, a document in stored form). Such a
 * record is taken as it is, without the schema building a copy of it; anything else — a missing
 * or extra key, another order, a value the schema would change or refuse — answers false, and the
 * full schema decides and names what is wrong. The same rule as rich text's `isStoredFormDoc`, one
 * level up: validating every record through zod was about a third of reading a 10,000-call file,
 * and the copies it made most of the reader's garbage (docs/performance.md, stop 23).
 *
 * Each check below is the schema's own rule for a value it keeps unchanged; a check may be
 * stricter than the schema (then the schema decides), never looser. journalFileStoredForm.test.ts
 * holds every record these accept to the full schema's output, and every record they refuse to
 * the full schema's answer.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

/** Exactly these keys, in this order. */
function hasKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  let at = 0
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key) || keys[at] !== key) return false
    at++
  }
  return at === keys.length
}

type Check = (value: unknown) => boolean

const clean = (value: string) => textProblem(value) === null
/** `cleanText(z.string().max(max))`. */
const text = (max: number): Check => (value) => typeof value === 'string' && value.length <= max && clean(value)
/** `cleanText(z.string().trim().min(min).max(max))`, already trimmed. */
const trimmedText = (min: number, max: number): Check => (value) =>
  typeof value === 'string' && value.length >= min && value.length <= max && value.trim() === value && clean(value)
const oneOf = (values: readonly string[]): Check => {
  const set: ReadonlySet<unknown> = new Set(values)
  return (value) => set.has(value)
}
/** A whole number in [min, max] (`z.number().int().min(min).max(max)`). */
const whole = (min: number, max: number): Check => (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
const isBoolean: Check = (value) => typeof value === 'boolean'
/** `opt(schema)` keeps null as null; absent is not stored form (the schema would add the key). */
const orNull = (check: Check): Check => (value) => value === null || check(value)

/** `isoDaySchema`: the same three rules, in the same order. */
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
const isDay: Check = (value) => typeof value === 'string' && DAY_PATTERN.test(value) && isDayInRange(value) && isRealDay(value)
/** `timeOfDaySchema`. */
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/
const isTime: Check = (value) => typeof value === 'string' && TIME_PATTERN.test(value)
/** `instantSchema` itself (zod's ISO datetime rule is not repeated here); it changes nothing it accepts. */
const isInstant: Check = (value) => typeof value === 'string' && instantSchema.safeParse(value).success

const isId = trimmedText(1, L.id)
const isShortText = text(L.shortText)
const isLongText = text(L.longText)
const isMoney: Check = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= L.money
const isCount = whole(0, L.count)
const isDoc: Check = (value) => isStoredFormDoc(value)

/** `leadsSchema`: a partial record of call parts, each led by a trimmed name; zod keeps the file's order. */
const CALL_PART_SET: ReadonlySet<string> = new Set(CALL_PARTS)
const isLeader = trimmedText(1, L.leader)
const isLeads: Check = (value) => {
  if (!isPlainObject(value)) return false
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key) || !CALL_PART_SET.has(key) || !isLeader(value[key])) return false
  }
  return true
}
/** `questionsSchema`: at most `L.questions`, each trimmed, 1 to `L.question` characters. */
const isQuestion = trimmedText(1, L.question)
const isQuestions: Check = (value) => Array.isArray(value) && value.length <= L.questions && value.every(isQuestion)

type Shape = readonly (readonly [string, Check])[]

function storedForm(shape: Shape): Check {
  const keys = shape.map(([key]) => key)
  return (value) => {
    if (!isPlainObject(value) || !hasKeys(value, keys)) return false
    for (const [key, check] of shape) if (!check(value[key])) return false
    return true
  }
}

export const isStoredFormRep = storedForm([
  ['id', isId],
  ['name', trimmedText(1, L.name)],
  ['title', orNull(isShortText)],
  ['startedOn', orNull(isDay)],
  ['archived', isBoolean],
  ['updatedAt', orNull(isInstant)],
])

export const isStoredFormPrebrief = storedForm([
  ['plannedRole', oneOf(ROLES)],
  ['purpose', orNull(oneOf(PURPOSES))],
  ['objective', orNull(isLongText)],
  ['nextStep', orNull(isLongText)],
  ['leads', orNull(isLeads)],
  ['questions', isQuestions],
  ['interventionRule', orNull(isLongText)],
  ['takeoverRisk', orNull(whole(0, L.percent))],
  ['skillFocus', orNull(isShortText)],
  ['notes', orNull(isDoc)],
  ['updatedAt', orNull(isInstant)],
])

export const isStoredFormDebrief = storedForm([
  ['actualRole', oneOf(ROLES)],
  ['outcome', orNull(oneOf(OUTCOMES))],
  ['rescueInitiator', orNull(oneOf(RESCUE_INITIATORS))],
  ['rescueFear', orNull(oneOf(RESCUE_FEARS))],
  ['asks', orNull(isCount)],
  ['tells', orNull(isCount)],
  ['repSelfAssessment', orNull(isDoc)],
  ['rootCause', orNull(oneOf(ROOT_CAUSES))],
  ['rootCauseNote', orNull(isLongText)],
  ['lesson', orNull(isLongText)],
  ['skillObserved', orNull(isBoolean)],
  ['skillToDrill', orNull(isShortText)],
  ['drillType', orNull(oneOf(DRILL_TYPES))],
  ['drillReps', orNull(whole(1, L.drillReps))],
  ['notes', orNull(isDoc)],
  ['privateNotes', orNull(isDoc)],
  ['completedAt', orNull(isInstant)],
  ['updatedAt', orNull(isInstant)],
])

export const isStoredFormCall = storedForm([
  ['id', isId],
  ['repId', isId],
  ['date', isDay],
  ['time', orNull(isTime)],
  ['account', orNull(isShortText)],
  ['opportunity', orNull(isShortText)],
  ['dealValue', orNull(isMoney)],
  ['stage', orNull(oneOf(STAGES))],
  ['stakes', orNull(oneOf(STAKES))],
  ['cancelled', isBoolean],
  ['updatedAt', orNull(isInstant)],
  ['prebrief', orNull(isStoredFormPrebrief)],
  ['debrief', orNull(isStoredFormDebrief)],
])

export const isStoredFormSession = storedForm([
  ['id', isId],
  ['repId', isId],
  ['date', isDay],
  ['kind', oneOf(SESSION_KINDS)],
  ['skill', orNull(isShortText)],
  ['minutes', orNull(whole(0, L.minutes))],
  ['asks', orNull(isCount)],
  ['tells', orNull(isCount)],
  ['rootCause', orNull(oneOf(ROOT_CAUSES))],
  ['rootCauseNote', orNull(isLongText)],
  ['notes', orNull(isDoc)],
  ['updatedAt', orNull(isInstant)],
])

/**
 * `full`, with records in stored form taken as they are (`isStored`). A record that is not goes
 * through `full`, and its issues keep their paths and messages (zod adds the record's place in
 * the file in front of them, as for any field).
 */
export function storedFormOr<T extends z.ZodType>(full: T, isStored: Check): z.ZodType<z.output<T>, z.input<T>> {
  const schema = z.unknown().transform((value, ctx): z.output<T> => {
    if (isStored(value)) return value as z.output<T>
    const parsed = full.safeParse(value)
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], input: value })
    return z.NEVER
  })
  // It takes what `full` takes: its input type stays the record's (for files built in tests).
  return schema as unknown as z.ZodType<z.output<T>, z.input<T>>
}
