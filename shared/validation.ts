import type { z } from 'zod'
import type { ErrorIssue } from './result'

/** `['calls', 12, 'debrief', 'actualRole']` → `calls[12].debrief.actualRole`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

export function toIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }))
}

/** One line naming the first bad field, e.g. `calls[12].debrief.actualRole: Invalid option…`. */
export function describeFirstIssue(error: z.ZodError): string {
  const first = error.issues[0]
  if (!first) return 'The input is not valid'
  const path = formatIssuePath(first.path)
  return path ? `${path}: ${first.message}` : first.message
}
