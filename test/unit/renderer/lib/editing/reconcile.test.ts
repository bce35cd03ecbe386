import { describe, expect, it } from 'vitest'
import { looseFields, reconcile, withHeldBack, type EditingShape } from '../../../../../renderer/src/lib/editing'

/** A small record: what a brief is to its editor, with text as typed on screen. */
type Form = { lesson: string; asks: string; notes: string }
type Stored = { lesson: string | null; asks: number | null; notes: string | null }
const shape: EditingShape<Form, Stored> = {
  fields: ['lesson', 'asks', 'notes'],
  toForm: (stored) => ({ lesson: stored.lesson ?? '', asks: stored.asks === null ? '' : String(stored.asks), notes: stored.notes ?? '' }),
  comparable: (form) => looseFields({ ...form, asks: form.asks.trim() === '' ? null : Number(form.asks) }),
}
const base: Form = { lesson: 'old', asks: '1', notes: '' }

describe('reconcile after a save', () => {
  it('shows what another window stored in a field this screen has not touched, and moves the base', () => {
    const sent = { ...base, lesson: 'mine' }
    const stored = { lesson: 'mine', asks: 5, notes: null }
    expect(reconcile(shape, { screen: sent, sent, sentBase: base, stored, conflicts: [], held: {} })).toEqual({
      form: { lesson: 'mine', asks: '5', notes: '' },
      base: { lesson: 'mine', asks: '5', notes: '' },
      held: {},
    })
  })

  it('never replaces what is being typed: the typing stays, and an unchanged base stays behind so the next save catches a change elsewhere', () => {
    const sent = { ...base, lesson: 'mine' }
    // While the save was away, the person started on the notes; another window changed them too.
    const screen = { ...sent, notes: 'typing…' }
    const stored = { lesson: 'mine', asks: 1, notes: 'from elsewhere' }
    expect(reconcile(shape, { screen, sent, sentBase: base, stored, conflicts: [], held: {} })).toEqual({
      form: screen,
      base: { lesson: 'mine', asks: '1', notes: '' },
      held: {},
    })
  })

  it('keeps typing that continues in a field the save had already changed, with the stored value as its base', () => {
    const sent = { ...base, lesson: 'mine' }
    const screen = { ...base, lesson: 'mine, and more' }
    const stored = { lesson: 'mine', asks: 1, notes: null }
    expect(reconcile(shape, { screen, sent, sentBase: base, stored, conflicts: [], held: {} })).toMatchObject({
      form: { lesson: 'mine, and more' },
      base: { lesson: 'mine' },
    })
  })

  it('holds a field the core answered as a conflict: the person\'s words stay on screen, the other version waits beside them', () => {
    const sent = { ...base, lesson: 'mine' }
    const stored = { lesson: 'theirs', asks: 1, notes: null }
    const result = reconcile(shape, { screen: sent, sent, sentBase: base, stored, conflicts: [{ field: 'lesson' }], held: {} })
    expect(result).toEqual({ form: sent, base: { ...base, lesson: 'theirs' }, held: { lesson: { theirs: 'theirs' } } })
    // Saves send the stored value for it until the person chooses.
    expect(withHeldBack(result.form, result.base, result.held)).toEqual({ ...sent, lesson: 'theirs' })
  })

  it('keeps holding until the person chooses, showing the newest other version', () => {
    const screen = { ...base, lesson: 'mine' }
    const sent = { ...base, lesson: 'theirs' }
    const result = reconcile(shape, {
      screen,
      sent,
      sentBase: sent,
      stored: { lesson: 'theirs, edited again', asks: 1, notes: null },
      conflicts: [],
      held: { lesson: { theirs: 'theirs' } },
    })
    expect(result.held).toEqual({ lesson: { theirs: 'theirs, edited again' } })
    expect(result.form.lesson).toBe('mine')
  })

  it('settles a conflict the person settled by typing the other version', () => {
    const screen = { ...base, lesson: ' theirs ' }
    const result = reconcile(shape, {
      screen,
      sent: { ...base, lesson: 'theirs' },
      sentBase: { ...base, lesson: 'theirs' },
      stored: { lesson: 'theirs', asks: 1, notes: null },
      conflicts: [],
      held: { lesson: { theirs: 'theirs' } },
    })
    expect(result.held).toEqual({})
  })
})

describe('reconcile a fresher copy (no save)', () => {
  it('refreshes what the person is not changing and leaves what they are', () => {
    const screen = { ...base, notes: 'half a thought' }
    const stored = { lesson: 'changed elsewhere', asks: 1, notes: 'changed elsewhere too' }
    expect(reconcile(shape, { screen, sent: base, sentBase: base, stored, conflicts: [], held: {} })).toEqual({
      form: { lesson: 'changed elsewhere', asks: '1', notes: 'half a thought' },
      base: { lesson: 'changed elsewhere', asks: '1', notes: '' },
      held: {},
    })
  })
})
