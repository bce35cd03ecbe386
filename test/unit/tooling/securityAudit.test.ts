import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FALSE_POSITIVES } from '../../../scripts/audit/falsePositives.mjs'
import { auditVerdict, type Issue, type Report } from '../../../scripts/audit/verdict.mjs'

const root = path.resolve(import.meta.dirname, '../../..')

function issue(overrides: Partial<Issue>): Issue {
  return { id: 'X_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'electron/main/x.ts', line: 1, sample: '', description: 'x', manualReview: false, ...overrides }
}

/** A report holding exactly the documented false positives, plus `extra`. */
function report(extra: Issue[] = [], errors: Report['errors'] = []): Report {
  const known = FALSE_POSITIVES.flatMap((entry) => entry.files.map((file) => issue({ id: entry.id, file })))
  return { checks: 41, issues: [...known, ...extra], errors }
}

describe('the audit verdict', () => {
  it('passes with the documented false positives and findings below MEDIUM', () => {
    const verdict = auditVerdict(report([issue({ id: 'CSP_GLOBAL_CHECK', severity: 'LOW' }), issue({ severity: 'INFORMATIONAL' })]), FALSE_POSITIVES)
    expect(verdict).toMatchObject({ ok: true, problems: [] })
    expect(verdict.excused).toHaveLength(FALSE_POSITIVES.flatMap((entry) => entry.files).length)
  })

  it('fails on a HIGH or MEDIUM finding that is not documented, even of a documented check elsewhere', () => {
    const verdict = auditVerdict(
      report([
        issue({ id: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: 'electron/main/window.ts', line: 22, description: 'Review the use of the contextIsolation option' }),
        issue({ id: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/menu.ts', line: 9 }),
      ]),
      FALSE_POSITIVES,
    )
    expect(verdict.ok).toBe(false)
    expect(verdict.problems).toEqual([
      'HIGH CONTEXT_ISOLATION_JS_CHECK at electron/main/window.ts:22: Review the use of the contextIsolation option',
      'MEDIUM OPEN_EXTERNAL_JS_CHECK at electron/main/menu.ts:9: x',
    ])
  })

  it('fails when a documented false positive is no longer reported, so the list cannot go stale', () => {
    const [first, ...rest] = report().issues
    const verdict = auditVerdict({ checks: 41, issues: rest, errors: [] }, FALSE_POSITIVES)
    expect(verdict.problems).toEqual([`${first?.id} is no longer reported for ${first?.file}: remove it from scripts/audit/falsePositives.mjs`])
  })

  it('fails on a file the tool could not parse, not on a tolerated warning', () => {
    const verdict = auditVerdict(
      report([], [
        { file: 'electron/main/x.ts', message: 'Unexpected token', tolerable: false },
        { file: 'renderer/src/y.tsx', message: 'a warning', tolerable: true },
      ]),
      FALSE_POSITIVES,
    )
    expect(verdict.problems).toEqual(['electron/main/x.ts could not be parsed, so it was not checked: Unexpected token'])
  })
})

describe('each documented false positive', () => {
  it.each(FALSE_POSITIVES.map((entry) => [entry.id, entry] as const))('%s names files that exist and tests that exist', (_id, entry) => {
    expect(entry.reason.length).toBeGreaterThan(40)
    for (const file of entry.files) expect(fs.existsSync(path.join(root, file)), file).toBe(true)
    expect(entry.provenBy.length).toBeGreaterThan(0)
    for (const [file, title] of entry.provenBy) {
      const source = fs.readFileSync(path.join(root, file), 'utf8')
      expect(source.includes(`it('${title}'`) || source.includes(`it("${title}"`), `${file} › ${title}`).toBe(true)
    }
  })
})
