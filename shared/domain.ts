/**
 * The vocabulary of the coaching domain (DOMAIN.md). Keys are stable: they are stored in the
 * database and written to journal files. Human words for them live in `labels.ts`.
 */
export const ROLES = ['visiting_dignitary', 'depth_and_breadth', 'technical_expert', 'crutch'] as const
export type Role = (typeof ROLES)[number]
/** The one role that is a rescue. */
export const RESCUE_ROLE: Role = 'crutch'

export const STAKES = ['sidewalk', 'interstate'] as const
export type Stakes = (typeof STAKES)[number]

export const STAGES = ['discovery', 'demo', 'proposal', 'negotiation', 'close', 'other'] as const
export type Stage = (typeof STAGES)[number]

export const PURPOSES = ['team', 'training'] as const
export type Purpose = (typeof PURPOSES)[number]

export const CALL_PARTS = ['opening', 'discovery', 'presenting', 'objections', 'nextStep'] as const
export type CallPart = (typeof CALL_PARTS)[number]

/** Who leads a part of the call. The file format leaves this open; these are the app's choices. */
export const LEADERS = ['rep', 'manager', 'together'] as const
export type Leader = (typeof LEADERS)[number]

export const OUTCOMES = ['won', 'advanced', 'continued', 'lost', 'no_decision'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const RESCUE_INITIATORS = ['me', 'rep_asked', 'customer'] as const
export type RescueInitiator = (typeof RESCUE_INITIATORS)[number]

export const RESCUE_FEARS = ['quarter_pressure', 'big_logo', 'boss_watching', 'habit', 'other'] as const
export type RescueFear = (typeof RESCUE_FEARS)[number]

export const ROOT_CAUSES = [
  'confidence',
  'competence',
  'unknown_questions',
  'fear_of_stump',
  'messaging',
  'delivery',
  'other',
] as const
export type RootCause = (typeof ROOT_CAUSES)[number]

export const DRILL_TYPES = ['role_play', 'drill', 'call_review', 'script'] as const
export type DrillType = (typeof DRILL_TYPES)[number]
/** Repetitions before a drilled skill is judged. */
export const MIN_DRILL_REPS = 3

/** Where a skill to drill stands: still practised, or closed by the manager (docs/skills.md). */
export const SKILL_STATUSES = ['open', 'mastered', 'dropped'] as const
export type SkillStatus = (typeof SKILL_STATUSES)[number]
/** Repetitions a skill aims for when neither its debrief nor the manager set a number. */
export const DEFAULT_SKILL_TARGET = 5

export const SESSION_KINDS = ['role_play', 'drill', 'prebrief', 'postbrief', 'one_on_one'] as const
export type SessionKind = (typeof SESSION_KINDS)[number]

export const PAPER_SIZES = ['a4', 'letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

export const WEEK_STARTS = ['monday', 'sunday', 'saturday'] as const
export type WeekStart = (typeof WEEK_STARTS)[number]
