import { z } from 'zod'
import {
  CALL_PARTS,
  DRILL_TYPES,
  OUTCOMES,
  PAPER_SIZES,
  PURPOSES,
  RESCUE_FEARS,
  RESCUE_INITIATORS,
  ROLES,
  ROOT_CAUSES,
  SESSION_KINDS,
  SKILL_STATUSES,
  STAGES,
  STAKES,
  WEEK_STARTS,
} from './domain'
import { textProblem } from './text'

/**
 * Field-level schemas shared by the journal file format and the contract's inputs, so a value
 * means the same thing wherever it enters the journal.
 */

/** Refuses control characters and broken characters (shared/text.ts), naming the one found. */
export function cleanText<T extends z.ZodString>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
}

/**
 * The fields' limits, named once: the schemas below and the journal file's stored-form check
 * (./journalFileStoredForm.ts, which takes a record the schema would keep unchanged) both read
 * them, so the two cannot drift apart.
 */
export const FIELD_LIMITS = {
  id: 200,
  name: 120,
  shortText: 500,
  longText: 5000,
  money: 1e12,
  count: 999,
  percent: 100,
  minutes: 24 * 60,
  drillReps: 1000,
  leader: 40,
  question: 500,
  questions: 50,
} as const
const L = FIELD_LIMITS

export const idSchema = cleanText(z.string().trim().min(1, 'An id cannot be empty').max(L.id, 'An id has at most 200 characters'))
/**
 * Which rep a call or a session is with. An id underneath, but the person filling the form chose
 * (or forgot to choose) a rep, so an empty one says that in their words.
 */
export const repRefSchema = cleanText(
  z.string().trim().min(1, 'Choose the rep this is with').max(L.id, 'An id has at most 200 characters'),
)
export const nameSchema = cleanText(
  z.string().trim().min(1, 'A name is required').max(L.name, 'Keep the name under 120 characters'),
)
export const shortTextSchema = cleanText(z.string().max(L.shortText, 'Keep this under 500 characters'))
export const longTextSchema = cleanText(z.string().max(L.longText, 'Keep this under 5,000 characters'))

export const roleSchema = z.enum(ROLES)
export const stakesSchema = z.enum(STAKES)
export const stageSchema = z.enum(STAGES)
export const purposeSchema = z.enum(PURPOSES)
export const outcomeSchema = z.enum(OUTCOMES)
export const rescueInitiatorSchema = z.enum(RESCUE_INITIATORS)
export const rescueFearSchema = z.enum(RESCUE_FEARS)
export const rootCauseSchema = z.enum(ROOT_CAUSES)
export const drillTypeSchema = z.enum(DRILL_TYPES)
export const sessionKindSchema = z.enum(SESSION_KINDS)
export const skillStatusSchema = z.enum(SKILL_STATUSES)
export const paperSizeSchema = z.enum(PAPER_SIZES)
export const weekStartSchema = z.enum(WEEK_STARTS)

/** Deal values are money in the journal's currency: finite, not negative, below a trillion. */
export const moneySchema = z
  .number({ error: 'Enter an amount' })
  .finite()
  .min(0, 'An amount cannot be negative')
  .max(L.money, 'That amount is too large')

export const countSchema = z
  .number({ error: 'Enter a whole number' })
  .int('Enter a whole number')
  .min(0, 'A count cannot be below 0')
  .max(L.count, 'A count above 999 is not plausible for one conversation')

export const percentSchema = z
  .number({ error: 'Enter a number from 0 to 100' })
  .int('Enter a whole number')
  .min(0, 'Use a number from 0 to 100')
  .max(L.percent, 'Use a number from 0 to 100')

export const minutesSchema = z
  .number({ error: 'Enter minutes' })
  .int('Enter whole minutes')
  .min(0, 'Minutes cannot be negative')
  .max(L.minutes, 'A session cannot last more than a day')

export const drillRepsSchema = z
  .number({ error: 'Enter a number of repetitions' })
  .int('Enter a whole number')
  .min(1, 'At least one repetition')
  .max(L.drillReps, 'That is more repetitions than can be tracked')

export const currencySchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD or EUR')

export const leaderValueSchema = cleanText(z.string().trim().min(1).max(L.leader))
export const leadsSchema = z.partialRecord(z.enum(CALL_PARTS), leaderValueSchema)

export const questionsSchema = z.array(cleanText(z.string().trim().min(1).max(L.question))).max(L.questions, 'Keep it to 50 questions')
