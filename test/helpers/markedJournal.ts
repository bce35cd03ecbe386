import { RESCUE_FEAR_LABELS, RESCUE_INITIATOR_LABELS } from '../../shared/labels'

/**
 * A journal in which every field holds a value that can be recognised in any output: each text a
 * marker of its own, each private field a value that appears nowhere else. The privacy walks
 * (unit: every shareable operation's answer; e2e: the printed PDFs and the CSV downloads) look for
 * the private ones and must not find them, and look for shareable ones and must find them, so a
 * walk that sees nothing fails too.
 *
 * Every call lies in 2026-09-01 … 2026-11-30, the period the walks print.
 */
export const MARKED_PERIOD = { from: '2026-09-01', to: '2026-11-30' } as const

/** What a private field of the marked journal holds, and how it could show up in an output. */
export const PRIVATE_MARKS = {
  'prebrief.takeoverRisk': { value: 73, seenAs: ['73%'] },
  'debrief.rescueInitiator': { value: 'rep_asked', seenAs: ['rep_asked', RESCUE_INITIATOR_LABELS.rep_asked] },
  'debrief.rescueFear': { value: 'boss_watching', seenAs: ['boss_watching', RESCUE_FEAR_LABELS.boss_watching] },
  'debrief.privateNotes': { value: 'PRIVATEMARK notes q8x', seenAs: ['PRIVATEMARK'] },
} as const

/** Shareable texts that the printed and exported outputs show, each somewhere. */
export const SHAREABLE_MARKS = {
  repName: 'Dana Marked',
  account: 'SHAREMARK Account',
  objective: 'SHAREMARK objective',
  interventionRule: 'SHAREMARK rule',
  lesson: 'SHAREMARK lesson',
  skillToDrill: 'SHAREMARK skill',
  sharedNotes: 'SHAREMARK shared notes',
} as const

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

function markedCall(index: number, date: string, actualRole: 'crutch' | 'technical_expert', outcome: 'lost' | 'advanced') {
  return {
    id: `marked-call-${index}`,
    repId: 'marked-rep',
    date,
    time: '10:30',
    account: SHAREABLE_MARKS.account,
    opportunity: `SHAREMARK opportunity ${index}`,
    dealValue: 42000 + index,
    stage: 'proposal',
    stakes: null,
    cancelled: false,
    prebrief: {
      plannedRole: 'technical_expert',
      purpose: 'training',
      objective: SHAREABLE_MARKS.objective,
      nextStep: `SHAREMARK next step ${index}`,
      leads: { opening: 'rep', discovery: 'rep', presenting: 'manager', objections: 'together', nextStep: 'rep' },
      questions: [`SHAREMARK question ${index}`],
      interventionRule: SHAREABLE_MARKS.interventionRule,
      takeoverRisk: PRIVATE_MARKS['prebrief.takeoverRisk'].value,
      skillFocus: `SHAREMARK focus ${index}`,
      notes: doc(`SHAREMARK plan notes ${index}`),
    },
    debrief: {
      actualRole,
      outcome,
      rescueInitiator: PRIVATE_MARKS['debrief.rescueInitiator'].value,
      rescueFear: PRIVATE_MARKS['debrief.rescueFear'].value,
      asks: 4,
      tells: 6,
      repSelfAssessment: doc(`SHAREMARK self assessment ${index}`),
      rootCause: 'confidence',
      rootCauseNote: `SHAREMARK root cause note ${index}`,
      lesson: SHAREABLE_MARKS.lesson,
      skillObserved: false,
      skillToDrill: SHAREABLE_MARKS.skillToDrill,
      drillType: 'role_play',
      drillReps: 3,
      notes: doc(SHAREABLE_MARKS.sharedNotes),
      privateNotes: doc(PRIVATE_MARKS['debrief.privateNotes'].value),
      completedAt: `${date}T18:00:00.000Z`,
    },
  }
}

/** The marked journal as a journal file (format v1), to import through `journal.import`. */
export function markedJournalText(): string {
  return JSON.stringify({
    format: 'coachbook',
    version: 1,
    exportedAt: '2026-12-01T10:00:00.000Z',
    settings: { interstateThreshold: 250000, currency: 'USD', paperSize: 'a4', weekStart: 'monday' },
    reps: [{ id: 'marked-rep', name: SHAREABLE_MARKS.repName, title: 'SHAREMARK title', startedOn: '2025-02-03', archived: false }],
    calls: [
      markedCall(1, '2026-09-15', 'crutch', 'lost'),
      markedCall(2, '2026-10-20', 'crutch', 'advanced'),
      markedCall(3, '2026-11-10', 'technical_expert', 'advanced'),
    ],
    sessions: [
      { id: 'marked-session', repId: 'marked-rep', date: '2026-10-22', kind: 'role_play', skill: SHAREABLE_MARKS.skillToDrill, minutes: 25, notes: doc('SHAREMARK session notes') },
    ],
  })
}
