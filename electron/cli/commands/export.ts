import path from 'node:path'
import { Option, type Command } from 'commander'
import { METRICS_CSV_GROUPINGS, type ExportedFile, type MetricsCsvGrouping } from '../../../shared/exchange'
import { AppFailure } from '../../../shared/result'
import { invokeOrThrow, type Invoke } from '../../../shared/invoke'
import type { CliContext } from '../context'
import { CliError, EXIT_USAGE } from '../errors'
import { writeFileAtomic } from '../../core/files'

const FORMATS = ['json', 'csv', 'metrics-csv'] as const
type Format = (typeof FORMATS)[number]

type ExportOptions = {
  format: Format
  out?: string
  from?: string
  to?: string
  asOf?: string
  rep?: string
  by?: MetricsCsvGrouping
}

/**
 * `coachbook export [--format json|csv|metrics-csv] [--out file]`:
 * - json (default): the journal file (format version 1), private notes included — the full backup;
 * - csv: the calls CSV of docs/csv-columns.md (never private notes), optionally for --from/--to/--rep;
 * - metrics-csv: the insights for --from … --to, one row per month, ISO week or rep (--by).
 * On stdout or, with --out, written atomically to a file.
 */
export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('export the journal file (JSON, format version 1), the calls CSV or the metrics CSV')
    .addOption(new Option('-f, --format <format>', 'what to export').choices(FORMATS).default('json'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('--from <day>', 'csv, metrics-csv: first day of the period (YYYY-MM-DD)')
    .option('--to <day>', 'csv, metrics-csv: last day of the period (YYYY-MM-DD)')
    .option('--rep <id>', 'csv, metrics-csv: only this rep')
    .option('--as-of <day>', 'metrics-csv: calls on or before this day count as held (default: today)')
    .addOption(new Option('--by <grouping>', 'metrics-csv: one row per month, ISO week or rep').choices(METRICS_CSV_GROUPINGS).default('month'))
    .action(async (options: ExportOptions) => {
      const { text, what } = await ctx.withJournalToRead((core) => exportText(core.invoke, options))
      if (options.out === undefined) {
        ctx.out(text)
        return
      }
      await writeFileAtomic(options.out, text)
      ctx.out(`Exported ${what} to ${path.resolve(options.out)}\n`)
    })
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>))

/** A bad day or a reversed period is a mistake on the command line (exit code 2). */
const asUsage = (error: unknown): never => {
  if (error instanceof AppFailure && error.code === 'INVALID_INPUT') throw new CliError(error.message, EXIT_USAGE)
  throw error
}

async function exportText(invoke: Invoke, options: ExportOptions): Promise<{ text: string; what: string }> {
  if (options.format === 'json') {
    if (options.from !== undefined || options.to !== undefined || options.rep !== undefined) {
      throw new CliError('the journal file holds the whole journal: --from, --to and --rep work with --format csv or metrics-csv', EXIT_USAGE)
    }
    const file = await invokeOrThrow(invoke, 'journal.exportFile', {})
    return { text: file.text, what: 'the journal' }
  }
  let file: ExportedFile
  if (options.format === 'csv') {
    file = await invokeOrThrow(invoke, 'exports.callsCsv', {
      ...optional('from', options.from),
      ...optional('to', options.to),
      ...optional('repId', options.rep),
    }).catch(asUsage)
    return { text: file.text, what: 'the calls' }
  }
  if (options.from === undefined || options.to === undefined) {
    throw new CliError('--format metrics-csv needs the period: --from <day> --to <day>', EXIT_USAGE)
  }
  file = await invokeOrThrow(invoke, 'exports.metricsCsv', {
    from: options.from,
    to: options.to,
    by: options.by ?? 'month',
    ...optional('asOf', options.asOf),
    ...optional('repId', options.rep),
  }).catch(asUsage)
  return { text: file.text, what: `the metrics by ${options.by ?? 'month'}` }
}
