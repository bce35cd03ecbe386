import { describe, expect, it } from 'vitest'
import { ROOT_CAUSES } from '../../../../shared/domain'
import { ROOT_CAUSE_PAIRS } from '../../../../shared/labels'
import { ROOT_CAUSE_QUESTIONS, rootCausePartner } from '../../../../shared/rootCauseQuestions'

describe('root-cause questions', () => {
  it('gives every root cause at least two distinct questions, each a question', () => {
    for (const cause of ROOT_CAUSES) {
      const questions = ROOT_CAUSE_QUESTIONS[cause]
      expect(questions.length, cause).toBeGreaterThanOrEqual(2)
      expect(new Set(questions).size, cause).toBe(questions.length)
      for (const question of questions) expect(question, cause).toMatch(/\?$|\.$/)
    }
  })

  it('never repeats a question across causes, so the two sides of a pair read differently', () => {
    const all = ROOT_CAUSES.flatMap((cause) => ROOT_CAUSE_QUESTIONS[cause])
    expect(new Set(all).size).toBe(all.length)
  })

  it('names the other side of each confusable pair, and none for "other"', () => {
    for (const [left, right] of ROOT_CAUSE_PAIRS) {
      expect(rootCausePartner(left)).toBe(right)
      expect(rootCausePartner(right)).toBe(left)
    }
    expect(rootCausePartner('other')).toBeNull()
  })
})
