/**
 * Runs tasks one after another, in the order they were queued; a task that fails does not stop
 * the next. Browser mode reads large request bodies through one, so memory holds one import at a
 * time however many arrive together (the others wait, unread, in their sockets).
 */
export function createQueue(): { run<T>(task: () => Promise<T>): Promise<T> } {
  let tail: Promise<unknown> = Promise.resolve()
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task, task)
      tail = result.catch(() => undefined)
      return result
    },
  }
}
