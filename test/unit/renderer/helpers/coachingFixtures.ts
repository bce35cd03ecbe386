import type { AwaitingDebrief, HomeSummary, RepOverview } from '../../../../shared/coaching'
import type { CallSummary } from '../../../../shared/entities'
import type { SearchHit } from '../../../../shared/search'
import type { SkillProgress } from '../../../../shared/skills'

/** A call as lists show it; override what the test is about. */
export function callSummary(overrides: Partial<CallSummary> & { id: string }): CallSummary {
  return {
    repId: 'r1',
    repName: 'Dana Ortiz',
    date: '2026-11-24',
    time: null,
    account: 'Acme Corp',
    opportunity: null,
    dealValue: null,
    stage: null,
    stakes: null,
    cancelled: false,
    effectiveStakes: 'sidewalk',
    plannedRole: null,
    actualRole: null,
    outcome: null,
    ...overrides,
  }
}

export function awaiting(overrides: Partial<AwaitingDebrief> & { id: string }): AwaitingDebrief {
  return { ...callSummary(overrides), overdue: overrides.overdue ?? false }
}

export function homeSummary(overrides: Partial<HomeSummary> = {}): HomeSummary {
  return {
    today: '2026-11-23',
    now: '2026-11-23T12:00:00.000Z',
    upcomingWithoutPrebrief: [],
    upcomingWithoutPrebriefTotal: 0,
    awaitingDebrief: [],
    awaitingDebriefTotal: 0,
    fullDebriefDue: [],
    fullDebriefDueTotal: 0,
    overdueTotal: 0,
    thisMonth: { month: '2026-11', rescues: 0, debriefed: 0 },
    recentActivity: [],
    ...overrides,
  }
}

export function repOverview(overrides: Partial<RepOverview> = {}): RepOverview {
  return {
    rep: { id: 'r1', name: 'Dana Ortiz', title: 'Account Executive', startedOn: '2025-02-03', archived: false },
    today: '2026-11-23',
    timeline: [],
    timelineTotal: 0,
    openSkills: [],
    closedSkills: [],
    lostDealLessons: [],
    rootCauses: { confidence: 0, competence: 0, unknown_questions: 0, fear_of_stump: 0, messaging: 0, delivery: 0, other: 0 },
    thisMonth: { month: '2026-11', rescues: 0, debriefed: 0 },
    sessionsByKind: { role_play: 0, drill: 0, prebrief: 0, postbrief: 0, one_on_one: 0 },
    ...overrides,
  }
}

export function searchHit(overrides: Partial<SearchHit> & { id: string }): SearchHit {
  return {
    kind: 'call',
    callId: overrides.kind === undefined || overrides.kind === 'call' ? overrides.id : null,
    repId: 'r1',
    repName: 'Dana Ortiz',
    repArchived: false,
    date: '2026-11-02',
    time: null,
    title: 'Acme Corp — Fleet renewal',
    field: null,
    fieldKey: null,
    private: false,
    snippet: [],
    plannedRole: null,
    actualRole: null,
    outcome: null,
    cancelled: false,
    ...overrides,
  }
}

export function openSkill(overrides: Partial<SkillProgress> & { skill: string }): SkillProgress {
  return {
    drillType: null,
    drillReps: null,
    target: 5,
    targetSetByYou: false,
    done: 0,
    status: 'open',
    statusOn: null,
    openedOn: '2026-11-01',
    countedFrom: '2026-11-01',
    fromCallId: 'c1',
    lastPractisedOn: null,
    recordId: null,
    ...overrides,
  }
}
