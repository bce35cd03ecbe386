// Types for scripts/audit/verdict.mjs and falsePositives.mjs, for their unit tests.
export type Issue = {
  id: string
  severity: string
  confidence: string
  file: string
  line: number
  sample: string
  description: string
  manualReview: boolean
}
export type Report = { checks: number; issues: Issue[]; errors: { file: string; message: string; tolerable: boolean }[] }
export type FalsePositive = { id: string; files: string[]; reason: string; provenBy: [file: string, test: string][] }
export const GATING: string[]
export function auditVerdict(report: Report, falsePositives: readonly FalsePositive[]): { ok: boolean; problems: string[]; excused: Issue[] }
