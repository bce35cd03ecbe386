/**
 * Runs `run` once the browser has drawn its next frame: from a task posted by that frame's
 * animation callback (the frame is produced before such a task runs). A hidden page draws no
 * frames, so it also runs after `latestMs` whatever happens; it never runs twice.
 *
 * What it is for: work a keystroke causes but its frame does not show (React drawing a screen
 * around a rich-text editor that already drew the key itself) waits until that frame is out
 * (docs/performance.md, "Typing, stop 23").
 */
export function afterNextFrame(run: () => void, latestMs = 100): void {
  let done = false
  const once = (): void => {
    if (done) return
    done = true
    clearTimeout(fallback)
    run()
  }
  const fallback = setTimeout(once, latestMs)
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      once()
    }
    channel.port2.postMessage(null)
  })
}
