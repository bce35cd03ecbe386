import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { describeFirstIssue, formatIssuePath, toIssues } from '../../../shared/validation'

describe('formatIssuePath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatIssuePath(['calls', 12, 'debrief', 'actualRole'])).toBe('calls[12].debrief.actualRole')
    expect(formatIssuePath([0, 'name'])).toBe('[0].name')
    expect(formatIssuePath(['a', 0, 1, 'b'])).toBe('a[0][1].b')
    expect(formatIssuePath([])).toBe('')
  })
})

describe('describeFirstIssue and toIssues', () => {
  const schema = z.object({
    calls: z.array(z.object({ debrief: z.object({ actualRole: z.enum(['crutch', 'technical_expert']) }) })),
    name: z.string().min(1, 'A name is required'),
  })

  it('name the first bad field with its path, and list every issue', () => {
    const result = schema.safeParse({ calls: [{ debrief: { actualRole: 'crutch' } }, { debrief: { actualRole: 'hero' } }], name: '' })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(describeFirstIssue(result.error)).toMatch(/^calls\[1\]\.debrief\.actualRole: Invalid option/)
    expect(toIssues(result.error)).toEqual([
      { path: 'calls[1].debrief.actualRole', message: expect.stringMatching(/^Invalid option/) as string },
      { path: 'name', message: 'A name is required' },
    ])
  })

  it('give just the message for a problem with the whole value', () => {
    const result = z.string({ error: 'Send text' }).safeParse(3)
    if (result.success) throw new Error('parsed')
    expect(describeFirstIssue(result.error)).toBe('Send text')
  })

  it('fall back to a general sentence when there are no issues', () => {
    expect(describeFirstIssue(new z.ZodError([]))).toBe('The input is not valid')
  })
})
