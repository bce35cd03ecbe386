import type { SetStateAction } from 'react'
import type { FieldConflict, SaveBase } from '../../../../shared/merge'
import type { Result } from '../../../../shared/result'
import { afterNextFrame } from '../afterNextFrame'
import { reconcile, withHeldBack, type EditingShape, type Held } from './reconcile'

/**
 * One record being edited on one screen while other windows (or the CLI) may change it too: the
 * form, its base and its held conflicts (reconcile.ts), as a plain class so React only renders it
 * (useMergedAutosave.ts). Autosave sends `sendable()`; `save` answers the core's Result to the
 * autosave and takes what the core stored into the form; `refresh` takes in a fresher copy read
 * after a change elsewhere; `choose` settles a held field.
 */
export type SavedRecord<Stored> = { stored: Stored; conflicts: FieldConflict[] }
export type MergedSave<Send, Stored> = (send: Send, base: SaveBase) => Promise<Result<SavedRecord<Stored>>>

export type MergedEditorShape<Form, Stored, Send> = EditingShape<Form, Stored> & {
  /** What a save sends, or null while the form cannot be saved (no role chosen yet). */
  toSend: (form: Form) => Send | null
  /** The base as saves state it: the same fields in the shape they are sent, even when unsaveable. */
  baseOf: (form: Form) => SaveBase
  /** Stored versions are strictly ordered by this (`updatedAt`); null: never stored. */
  versionOf: (stored: Stored) => string | null
}

/** What autosave sends: the form as sent (held fields at their stored value) and its payload. */
export type Sendable<Form, Send> = { form: Form; send: Send | null }

export type Choice = 'mine' | 'theirs' | 'both'

export type MergedSnapshot<Form> = { form: Form; held: Held }

export class MergedEditor<Form extends object, Stored, Send> {
  private form: Form
  private base: Form
  private held: Held = {}
  private version: string | null
  private saving = 0
  private waiting: Stored | null = null
  private snapshot: MergedSnapshot<Form>
  private readonly listeners = new Set<() => void>()
  private readonly watchers = new Set<() => void>()
  private drawScheduled = false
  private lastSendable: { form: Form; held: Held; base: Form; value: Sendable<Form, Send> } | null = null

  constructor(
    private readonly shape: MergedEditorShape<Form, Stored, Send>,
    initialForm: Form,
    stored: Stored | null,
    private saveFn: MergedSave<Send, Stored>,
  ) {
    this.form = initialForm
    this.base = initialForm
    this.version = stored === null ? null : shape.versionOf(stored)
    this.snapshot = { form: this.form, held: this.held }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): MergedSnapshot<Form> => this.snapshot

  /**
   * Hears of every change at once, even one the screen draws later (`setFormDrawnLater`): what
   * must not lag behind the words (the autosave, useMergedAutosave.ts) watches here.
   */
  watch = (watcher: () => void): (() => void) => {
    this.watchers.add(watcher)
    return () => this.watchers.delete(watcher)
  }

  /** Swaps the save function (React hands a new closure each render). */
  setSave(save: MergedSave<Send, Stored>): void {
    this.saveFn = save
  }

  /** The screen's own edits (the same signature as a React state setter). */
  setForm = (action: SetStateAction<Form>): void => {
    this.form = typeof action === 'function' ? action(this.form) : action
    this.emit()
  }

  /**
   * An edit a field has already drawn itself (a key typed in a rich-text editor): the form and its
   * watchers take it now, the screen (`subscribe`) hears of it once the next frame is drawn, so
   * that frame shows the key without waiting for React to render the screen around the editor.
   * Not for controlled inputs: React must render their value before the browser draws.
   */
  setFormDrawnLater = (action: SetStateAction<Form>): void => {
    this.form = typeof action === 'function' ? action(this.form) : action
    this.emit(true)
  }

  /** The form as the next save sends it. */
  sendable(form: Form = this.form, held: Held = this.held): Sendable<Form, Send> {
    // Asked twice per edit (the autosave's watcher, then the screen's render): built once.
    const last = this.lastSendable
    if (last && last.form === form && last.held === held && last.base === this.base) return last.value
    const sent = withHeldBack(form, this.base, held)
    const value = { form: sent, send: this.shape.toSend(sent) }
    this.lastSendable = { form, held, base: this.base, value }
    return value
  }

  /** Fields held for a choice: the screen differs from what is stored there. */
  get hasHeld(): boolean {
    return Object.keys(this.held).length > 0
  }

  /** Autosave's save: states the base, then takes in what the core stored. */
  save = async (value: Sendable<Form, Send>): Promise<Result<SavedRecord<Stored>> | { ok: true; value: null }> => {
    if (value.send === null) return { ok: true, value: null }
    const sentBase = this.base
    this.saving += 1
    let result: Result<SavedRecord<Stored>>
    try {
      result = await this.saveFn(value.send, this.shape.baseOf(sentBase))
    } finally {
      this.saving -= 1
    }
    if (result.ok) {
      const { stored, conflicts } = result.value
      this.take(reconcile(this.shape, { screen: this.form, sent: value.form, sentBase, stored, conflicts, held: this.held }))
      this.version = this.newer(this.shape.versionOf(stored))
    }
    this.takeWaiting()
    return result
  }

  /**
   * A copy read after a change elsewhere. Older than what this screen holds: ignored. While a save
   * is on its way it waits, since that save's answer brings the journal's state with it.
   */
  refresh(stored: Stored | null): void {
    if (stored === null || !this.isNewer(this.shape.versionOf(stored))) return
    if (this.saving > 0) {
      this.waiting = stored
      return
    }
    this.take(reconcile(this.shape, { screen: this.form, sent: this.base, sentBase: this.base, stored, conflicts: [], held: this.held }))
    this.version = this.newer(this.shape.versionOf(stored))
  }

  /** Settles a held field: keep what is on screen, take the other version, or keep both. */
  choose(field: string, choice: Choice, combine?: (mine: unknown, theirs: unknown) => unknown): void {
    const holding = this.held[field]
    if (!holding) return
    const { [field]: _settled, ...rest } = this.held
    this.held = rest
    if (choice !== 'mine') {
      const mine = (this.form as Record<string, unknown>)[field]
      const next = choice === 'theirs' || !combine ? holding.theirs : combine(mine, holding.theirs)
      this.form = { ...this.form, [field]: next }
    }
    this.emit()
  }

  private takeWaiting(): void {
    const waiting = this.waiting
    this.waiting = null
    if (waiting !== null && this.saving === 0) this.refresh(waiting)
  }

  private take(next: { form: Form; base: Form; held: Held }): void {
    this.form = next.form
    this.base = next.base
    this.held = next.held
    this.emit()
  }

  private isNewer(version: string | null): boolean {
    if (version === null) return false
    return this.version === null || Date.parse(version) > Date.parse(this.version)
  }

  private newer(version: string | null): string | null {
    return this.isNewer(version) ? version : this.version
  }

  private emit(drawLater = false): void {
    if (this.snapshot.form === this.form && this.snapshot.held === this.held) return
    // The snapshot is current at once: anything that renders meanwhile renders what is typed.
    this.snapshot = { form: this.form, held: this.held }
    for (const watcher of this.watchers) watcher()
    if (!drawLater) {
      this.draw()
      return
    }
    if (this.drawScheduled) return
    this.drawScheduled = true
    afterNextFrame(() => {
      this.drawScheduled = false
      this.draw()
    })
  }

  private draw(): void {
    for (const listener of this.listeners) listener()
  }
}
