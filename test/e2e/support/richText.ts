import type { Locator } from '@playwright/test'

/**
 * Clicks into a rich-text editor, then lets the page run what the click left queued, before the
 * caller types. After a mouseup, ProseMirror (prosemirror-view's MouseDown) may write its
 * selection to the page in a 0 ms timer; Chromium runs key events ahead of timers, so keys sent
 * at once, as Playwright sends them, can arrive first, and the late write then puts the caret
 * before the first letter ("ive pauses in a row, timed.F"). A timer queued now has the same delay
 * and is queued later, so it runs after ProseMirror's: this waits for that work, not for time.
 * The editor now guards against a key handled before it heard of the click
 * (editor/caretAfterClick.ts); this wait stays for the tests' own sake, since the exact failure
 * above could not be reproduced to prove the guard covers it (docs/testing.md).
 */
export async function clickToType(editor: Locator): Promise<void> {
  await editor.click()
  await editor.evaluate(() => new Promise<void>((done) => setTimeout(done, 0)))
}
