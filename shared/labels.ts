import type {
  CallPart,
  DrillType,
  Leader,
  Outcome,
  PaperSize,
  Purpose,
  RescueFear,
  RescueInitiator,
  Role,
  RootCause,
  SessionKind,
  Stage,
  Stakes,
  WeekStart,
} from './domain'

/** The app's own words for the domain's keys, shared by screens, print views and the CLI. */
export const ROLE_LABELS: Record<Role, string> = {
  visiting_dignitary: 'Visiting dignitary',
  depth_and_breadth: 'Depth and breadth',
  technical_expert: 'Technical expert',
  crutch: 'Crutch',
}

/** One line each, in our own words, shown beside the role choice. */
export const ROLE_HINTS: Record<Role, string> = {
  visiting_dignitary: 'You lend the weight of your title; the rep runs the meeting start to finish.',
  depth_and_breadth: 'You show the customer more of the company behind the rep, who still runs the meeting.',
  technical_expert: 'You bring product or domain depth the rep has not built yet, and hand the call back.',
  crutch: 'You take over to get the deal done. This is a rescue — the habit Coachbook helps you shrink.',
}

export const STAKES_LABELS: Record<Stakes, string> = { sidewalk: 'Sidewalk', interstate: 'Interstate' }
export const STAKES_HINTS: Record<Stakes, string> = {
  sidewalk: 'An everyday deal: a safe place for the rep to try, stumble and learn.',
  interstate: 'One of the biggest deals of the year: stepping in can be the right call.',
}

export const STAGE_LABELS: Record<Stage, string> = {
  discovery: 'Discovery',
  demo: 'Demo',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
  close: 'Close',
  other: 'Other',
}

export const PURPOSE_LABELS: Record<Purpose, string> = {
  team: 'The call needs me (team)',
  training: "The rep's development (training)",
}

export const CALL_PART_LABELS: Record<CallPart, string> = {
  opening: 'Opening',
  discovery: 'Discovery',
  presenting: 'Presenting',
  objections: 'Objections',
  nextStep: 'Asking for the next step',
}

export const LEADER_LABELS: Record<Leader, string> = { rep: 'Rep', manager: 'Me', together: 'Together' }

export const OUTCOME_LABELS: Record<Outcome, string> = {
  won: 'Won',
  advanced: 'Advanced (a concrete next step)',
  continued: 'Continued (no concrete step)',
  lost: 'Lost',
  no_decision: 'No decision',
}

export const RESCUE_INITIATOR_LABELS: Record<RescueInitiator, string> = {
  me: 'I stepped in',
  rep_asked: 'The rep handed it to me',
  customer: 'The customer turned to me',
}

export const RESCUE_FEAR_LABELS: Record<RescueFear, string> = {
  quarter_pressure: 'Pressure to make the quarter',
  big_logo: 'A big name at stake',
  boss_watching: 'My own boss was watching',
  habit: 'Plain habit',
  other: 'Something else',
}

export const ROOT_CAUSE_LABELS: Record<RootCause, string> = {
  confidence: 'Confidence',
  competence: 'Competence',
  unknown_questions: "Doesn't know what to ask",
  fear_of_stump: 'Afraid of being stumped',
  messaging: 'Messaging (what is said)',
  delivery: 'Delivery (how it is said)',
  other: 'Other',
}

/** Pairs that are easy to confuse; the debrief asks which side of each pair fits. */
export const ROOT_CAUSE_PAIRS: ReadonlyArray<readonly [RootCause, RootCause]> = [
  ['confidence', 'competence'],
  ['unknown_questions', 'fear_of_stump'],
  ['messaging', 'delivery'],
]

export const DRILL_TYPE_LABELS: Record<DrillType, string> = {
  role_play: 'Role play',
  drill: 'Drill',
  call_review: 'Call review',
  script: 'Script',
}

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  role_play: 'Role play',
  drill: 'Drill',
  prebrief: 'Pre-brief',
  postbrief: 'Post-brief',
  one_on_one: 'One-on-one',
}

export const PAPER_SIZE_LABELS: Record<PaperSize, string> = { a4: 'A4', letter: 'US Letter' }
export const WEEK_START_LABELS: Record<WeekStart, string> = {
  monday: 'Monday',
  sunday: 'Sunday',
  saturday: 'Saturday',
}
