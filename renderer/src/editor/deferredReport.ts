import type { Editor } from '@tiptap/core'
import { clearPendingEdit, markPendingEdit } from '../lib/pendingEdits'

/** Quiet time after the last keystroke before the document is serialised and reported. */
export const REPORT_PAUSE_MS = 150

/**
 * When the rich-text editor hands its document out. Serialising a long note and re-rendering the
 * screen around it at every keystroke is what made typing in a 500-paragraph note slow
 * (docs/performance.md, "Typing"), so a keystroke only marks the edit pending; the document is
 * reported after a pause in typing, on blur, on unmount, or when a save calls
 * `flushPendingEdits()` first (lib/pendingEdits.ts).
 */
export class DeferredReport {
  private editor: Editor | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private report: (editor: Editor) => void = () => {}

  constructor(private readonly pauseMs: number = REPORT_PAUSE_MS) {}

  /** What reporting does (the editor's latest `onChange`, through its echo bookkeeping). */
  setReporter(report: (editor: Editor) => void): void {
    this.report = report
  }

  /** The editor whose document is reported (null once it is gone). */
  attach(editor: Editor | null): void {
    this.editor = editor
  }

  /** An edit was made: report it after the pause, or sooner if asked. */
  mark = (): void => {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = setTimeout(this.flush, this.pauseMs)
    markPendingEdit(this.flush)
  }

  /** An edit is waiting to be reported. */
  get pending(): boolean {
    return this.timer !== null
  }

  /** Reports the edit now, if one is waiting. */
  flush = (): void => {
    if (this.timer === null) return
    clearTimeout(this.timer)
    this.timer = null
    const editor = this.editor
    if (editor && !editor.isDestroyed) this.report(editor)
    // Cleared after the report, so whoever hears that nothing is pending reads the new value.
    clearPendingEdit(this.flush)
  }
}
