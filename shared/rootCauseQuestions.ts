import type { RootCause } from './domain'
import { ROOT_CAUSE_PAIRS } from './labels'

/**
 * Questions worth asking the rep about a root cause, so the one-on-one diagnoses instead of
 * telling. Each pair of DOMAIN.md is easy to confuse, so a cause's questions also probe the other
 * side of its pair: the answer tells the manager which side really fits. Written fresh for the
 * app; the printed debrief sheet shows them beside the chosen cause.
 */
export const ROOT_CAUSE_QUESTIONS: Record<RootCause, readonly string[]> = {
  confidence: [
    'When you rehearse this part alone, how does it go compared with the real call?',
    'What did you expect would happen if you kept going instead of pausing?',
    'Which earlier call where you handled this well can you walk me through?',
  ],
  competence: [
    'Talk me through the steps you would take here, one by one.',
    'Where exactly did you run out of ideas about what to do next?',
    'What would you need to practise before you could do this without me?',
  ],
  unknown_questions: [
    'What did you want to find out from the customer at that moment?',
    'Which question could have opened that topic up?',
    'How do you usually prepare the questions for a call like this?',
  ],
  fear_of_stump: [
    'Which answer from the customer were you hoping not to hear?',
    'If the customer had asked you something you could not answer, what could you have said?',
    'Was there a question you thought of but chose not to ask? What held you back?',
  ],
  messaging: [
    'In one sentence, what did you want the customer to take away?',
    'Which part of your pitch do you think did not land with this customer, and why?',
    'How would you say it differently for someone in their role?',
  ],
  delivery: [
    'If you watched a recording of that moment, what would you notice first?',
    'How did your pace and tone change once the pressure went up?',
    'Where would a pause have helped you?',
  ],
  other: [
    'What do you think got in the way on this call?',
    'If we replayed the call tomorrow, what is the one thing you would change?',
  ],
}

/** The other cause of a confusable pair, or null for `other` (which has no partner). */
export function rootCausePartner(cause: RootCause): RootCause | null {
  for (const [left, right] of ROOT_CAUSE_PAIRS) {
    if (left === cause) return right
    if (right === cause) return left
  }
  return null
}
