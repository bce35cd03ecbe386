/**
 * The CLI's output streams, for a reader that may stop reading: `coachbook export | head` closes
 * the pipe after a few lines, and the next write fails with EPIPE. That is the reader's choice,
 * not a failure of the command: from then on output to that stream is dropped, without a word,
 * and the command ends as it would have (its exit code still says whether its work succeeded).
 * Any other write error (a full disk behind a redirection) is reported once, on the other stream.
 */
export type OutputStream = Pick<NodeJS.WriteStream, 'write' | 'on'>

export function quietWriter(stream: OutputStream, onError: (error: NodeJS.ErrnoException) => void): (text: string) => void {
  let closed = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (closed) return
    closed = true
    if (error.code !== 'EPIPE') onError(error)
  })
  return (text) => {
    if (!closed) stream.write(text)
  }
}
