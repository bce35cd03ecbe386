import { describe, expect, it } from 'vitest'
import { ok, type Result } from '../../../../../shared/result'
import type { SaveBase } from '../../../../../shared/merge'
import { bothTexts, looseFields, MergedEditor, type MergedEditorShape, type SavedRecord } from '../../../../../renderer/src/lib/editing'

type Form = { lesson: string; drill: string }
type Stored = { lesson: string | null; drill: string | null; updatedAt: string }
type Send = { lesson: string; drill: string }
const shape: MergedEditorShape<Form, Stored, Send> = {
  fields: ['lesson', 'drill'],
  toForm: (s) => ({ lesson: s.lesson ?? '', drill: s.drill ?? '' }),
  comparable: looseFields,
  toSend: (form) => (form.lesson === 'unsaveable' ? null : { ...form }),
  baseOf: (form) => ({ ...form }),
  versionOf: (s) => s.updatedAt,
}
const stored = (lesson: string, drill: string, updatedAt: string): Stored => ({ lesson, drill, updatedAt })

/** A journal of one record that merges as the core does, answering what it stored. */
function journal(initial: Stored) {
  let current = initial
  let clock = Date.parse(initial.updatedAt)
  const sent: Array<{ send: Send; base: SaveBase }> = []
  return {
    get current() {
      return current
    },
    sent,
    /** Another window's save. */
    elsewhere(change: Partial<Send>) {
      current = { ...current, ...change, updatedAt: new Date((clock += 1000)).toISOString() }
    },
    save: (send: Send, base: SaveBase): Promise<Result<SavedRecord<Stored>>> => {
      sent.push({ send, base })
      const conflicts: SavedRecord<Stored>['conflicts'] = []
      const next = { ...current }
      for (const field of ['lesson', 'drill'] as const) {
        if (send[field] === base[field]) continue
        if (current[field] === base[field] || current[field] === send[field]) next[field] = send[field]
        else conflicts.push({ field, theirs: current[field], mine: send[field] })
      }
      current = { ...next, updatedAt: new Date((clock += 1000)).toISOString() }
      return Promise.resolve(ok({ stored: current, conflicts }))
    },
  }
}

describe('MergedEditor', () => {
  it('merges another window\'s change into the screen after a save, and a field changed in both is held, then kept as chosen', async () => {
    const db = journal(stored('first', 'role play', '2026-11-01T10:00:00.000Z'))
    const editor = new MergedEditor(shape, shape.toForm(db.current), db.current, db.save)
    db.elsewhere({ lesson: 'from window A', drill: 'script' })
    editor.setForm((form) => ({ ...form, lesson: 'from window B' }))
    await editor.save(editor.sendable())
    expect(editor.getSnapshot()).toEqual({ form: { lesson: 'from window B', drill: 'script' }, held: { lesson: { theirs: 'from window A' } } })
    expect(editor.hasHeld).toBe(true)
    // Nothing of B's lesson is sent while it is held…
    expect(editor.sendable().send).toEqual({ lesson: 'from window A', drill: 'script' })
    // …until B keeps both.
    editor.choose('lesson', 'both', bothTexts('\n\n'))
    expect(editor.getSnapshot().form.lesson).toBe('from window A\n\nfrom window B')
    await editor.save(editor.sendable())
    expect(db.current).toMatchObject({ lesson: 'from window A\n\nfrom window B', drill: 'script' })
    expect(editor.hasHeld).toBe(false)
  })

  it('keeps mine, or takes the other version, as chosen', async () => {
    const db = journal(stored('first', '', '2026-11-01T10:00:00.000Z'))
    const editor = new MergedEditor(shape, shape.toForm(db.current), db.current, db.save)
    db.elsewhere({ lesson: 'theirs' })
    editor.setForm({ lesson: 'mine', drill: '' })
    await editor.save(editor.sendable())
    editor.choose('lesson', 'mine')
    await editor.save(editor.sendable())
    expect(db.current.lesson).toBe('mine')

    db.elsewhere({ lesson: 'theirs again' })
    editor.setForm({ lesson: 'mine again', drill: '' })
    await editor.save(editor.sendable())
    editor.choose('lesson', 'theirs')
    expect(editor.getSnapshot()).toEqual({ form: { lesson: 'theirs again', drill: '' }, held: {} })
  })

  it('takes in a newer copy read after a change elsewhere, ignores an older one, and waits while a save is away', async () => {
    const db = journal(stored('first', 'role play', '2026-11-01T10:00:00.000Z'))
    const editor = new MergedEditor(shape, shape.toForm(db.current), db.current, db.save)
    editor.refresh(stored('stale', 'stale', '2026-10-01T10:00:00.000Z'))
    expect(editor.getSnapshot().form).toEqual({ lesson: 'first', drill: 'role play' })
    editor.setForm((form) => ({ ...form, drill: 'typing' }))
    editor.refresh(stored('newer', 'newer drill', '2026-11-02T10:00:00.000Z'))
    expect(editor.getSnapshot().form).toEqual({ lesson: 'newer', drill: 'typing' })

    let release: () => void = () => undefined
    const slow = new MergedEditor(shape, shape.toForm(db.current), db.current, (send, base) =>
      new Promise((resolve) => (release = () => resolve(db.save(send, base)))),
    )
    slow.setForm((form) => ({ ...form, drill: 'drill' }))
    const saving = slow.save(slow.sendable())
    slow.refresh(stored('while saving', 'drill', '2026-12-01T10:00:00.000Z'))
    expect(slow.getSnapshot().form.lesson).toBe('first')
    release()
    await saving
    expect(slow.getSnapshot().form).toEqual({ lesson: 'while saving', drill: 'drill' })
  })

  it('sends nothing while the form cannot be saved, and says so as saved-nothing', async () => {
    const db = journal(stored('first', '', '2026-11-01T10:00:00.000Z'))
    const editor = new MergedEditor(shape, shape.toForm(db.current), db.current, db.save)
    editor.setForm({ lesson: 'unsaveable', drill: '' })
    expect(await editor.save(editor.sendable())).toEqual({ ok: true, value: null })
    expect(db.sent).toEqual([])
  })
})
