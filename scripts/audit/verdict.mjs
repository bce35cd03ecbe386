// Judges an Electronegativity report (scripts/audit/run-electronegativity.mjs): the audit passes
// with no HIGH or MEDIUM finding beyond the documented false positives, every documented false
// positive still found (else the list is stale), and every file parsed (a file the tool could not
// read is a file it did not check).
export const GATING = ['HIGH', 'MEDIUM']

export function auditVerdict(report, falsePositives) {
  const problems = []
  const excused = []
  const seen = new Set()
  for (const issue of report.issues) {
    if (!GATING.includes(issue.severity)) continue
    const known = falsePositives.find((entry) => entry.id === issue.id && entry.files.includes(issue.file))
    if (known) {
      excused.push(issue)
      seen.add(`${issue.id} ${issue.file}`)
    } else {
      problems.push(`${issue.severity} ${issue.id} at ${issue.file}:${issue.line}: ${issue.description}${issue.sample ? ` (${issue.sample.trim()})` : ''}`)
    }
  }
  for (const entry of falsePositives) {
    for (const file of entry.files) {
      if (!seen.has(`${entry.id} ${file}`)) {
        problems.push(`${entry.id} is no longer reported for ${file}: remove it from scripts/audit/falsePositives.mjs`)
      }
    }
  }
  for (const error of report.errors) {
    if (!error.tolerable) problems.push(`${error.file} could not be parsed, so it was not checked: ${error.message}`)
  }
  return { ok: problems.length === 0, problems, excused }
}
