import { createHash } from 'node:crypto'
import { CSV_TARGETS, type CsvMapping, type CsvTarget } from '../../../../shared/exchange'

/**
 * Which column fills which field. The guess reads header names the way CRMs and spreadsheets
 * spell them (and the calls CSV Coachbook itself writes); a person confirms it on the mapping step.
 */
const normHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[_\-./]+/g, ' ')
    .replace(/\s+/g, ' ')

/** Exact names first, then words a header may contain; each list in order of preference. */
const ALIASES: Record<CsvTarget, { exact: string[]; contains: string[] }> = {
  date: {
    exact: ['date', 'call date', 'meeting date', 'activity date', 'visit date', 'event date', 'start date', 'day', 'due date'],
    contains: ['date', 'day'],
  },
  rep: {
    exact: ['rep', 'rep name', 'sales rep', 'salesperson', 'sales person', 'account executive', 'ae', 'owner', 'activity owner', 'assigned to', 'user', 'seller'],
    contains: ['rep', 'owner', 'salesperson', 'seller'],
  },
  time: { exact: ['time', 'start time', 'call time', 'meeting time'], contains: ['time'] },
  account: {
    exact: ['account', 'account name', 'company', 'company name', 'customer', 'client', 'organization', 'organisation'],
    contains: ['account', 'company', 'customer', 'client'],
  },
  opportunity: {
    exact: ['opportunity', 'opportunity name', 'opp', 'deal', 'deal name'],
    contains: ['opportunity', 'deal name'],
  },
  dealValue: {
    exact: ['deal value', 'amount', 'value', 'deal amount', 'opportunity amount', 'deal size', 'revenue', 'expected revenue'],
    contains: ['amount', 'value', 'revenue'],
  },
  stage: { exact: ['stage', 'deal stage', 'sales stage', 'opportunity stage'], contains: ['stage'] },
  plannedRole: { exact: ['planned role', 'plan role'], contains: ['planned role'] },
  actualRole: { exact: ['actual role', 'role played'], contains: ['actual role'] },
  outcome: { exact: ['outcome', 'result', 'call outcome'], contains: ['outcome'] },
}

export function suggestMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {}
  const used = new Set<number>()
  const normalised = headers.map(normHeader)
  const claim = (target: CsvTarget, test: (header: string) => boolean) => {
    if (mapping[target] !== undefined) return
    const index = normalised.findIndex((header, i) => !used.has(i) && test(header))
    const header = headers[index]
    if (index >= 0 && header !== undefined) {
      mapping[target] = header
      used.add(index)
    }
  }
  for (const target of CSV_TARGETS) {
    for (const alias of ALIASES[target].exact) claim(target, (h) => h === alias)
  }
  for (const target of CSV_TARGETS) {
    for (const word of ALIASES[target].contains) claim(target, (h) => new RegExp(`(^| )${word}( |$)`).test(h))
  }
  return mapping
}

/** The same set of column names, whatever their order, case or spacing, gives the same signature. */
export function headersSignature(headers: readonly string[]): string {
  const names = [...new Set(headers.map(normHeader))].sort()
  return createHash('sha256').update(names.join('\n')).digest('hex')
}

/**
 * A remembered mapping applied to a file: each field goes to the file's column of the same name
 * (ignoring case and spacing, as the signature does); fields whose column is missing are dropped.
 */
export function mappingForHeaders(mapping: CsvMapping, headers: readonly string[]): CsvMapping {
  const byName = new Map<string, string>()
  for (const header of headers) if (!byName.has(normHeader(header))) byName.set(normHeader(header), header)
  const kept: CsvMapping = {}
  for (const target of CSV_TARGETS) {
    const header = mapping[target]
    const actual = header === undefined ? undefined : headers.includes(header) ? header : byName.get(normHeader(header))
    if (actual !== undefined) kept[target] = actual
  }
  return kept
}
