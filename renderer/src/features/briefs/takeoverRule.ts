import type { Stakes } from '../../../../shared/domain'

/**
 * Phrases that leave the door open to a takeover ("step in if needed", "I'll close it"). Kept
 * short on purpose: the prompt it drives is a gentle question, never a block, so a miss costs
 * little and a false alarm is dismissed with one click.
 */
const OPEN_DOOR = [
  /\bif (?:needed|necessary|required)\b/,
  /\bwhen(?:ever)? (?:needed|necessary)\b/,
  /\btake(?:s)? (?:it |the call |the deal )?over\b/,
  /\btakeover\b/,
  /\bstep(?:s|ping)? in\b/,
  /\bjump(?:s|ing)? in\b/,
  /\bclose (?:it|the deal|the call)\b/,
]

/** "never step in", "won't take over": a rule that closes the door it names. */
const NEGATION = /\b(?:never|not|no|don't|dont|won't|wont|will not|do not|shan't)\s+(?:\w+\s+){0,1}$/

/**
 * Does the intervention rule allow the manager to take over? True when it names a takeover
 * without ruling it out ("step in if needed"); false for "never step in unless the price moves"
 * and for rules that name no takeover at all ("only if legal terms come up").
 */
export function ruleAllowsTakeover(rule: string | null | undefined): boolean {
  const text = (rule ?? '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ')
  for (const pattern of OPEN_DOOR) {
    const match = pattern.exec(text)
    if (match && !NEGATION.test(text.slice(0, match.index))) return true
  }
  return false
}

/**
 * On a sidewalk call the rep can afford to stumble, so the plan asks what silence would cost
 * when there is no rule yet or the rule leaves room for a takeover.
 */
export function shouldAskAboutSilence(stakes: Stakes, rule: string | null | undefined): boolean {
  if (stakes !== 'sidewalk') return false
  return (rule ?? '').trim() === '' || ruleAllowsTakeover(rule)
}
