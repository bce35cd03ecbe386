import type { Command } from 'commander'
import { ROLES, SESSION_KINDS } from '../../../shared/domain'
import { ROLE_LABELS, SESSION_KIND_LABELS } from '../../../shared/labels'
import type { MetricSet, MetricsReport } from '../../../shared/metrics'
import { AppFailure } from '../../../shared/result'
import { invokeOrThrow } from '../../../shared/invoke'
import type { CliContext } from '../context'
import { CliError, EXIT_USAGE } from '../errors'

type MetricsOptions = { from: string; to: string; asOf?: string; rep?: string; json?: boolean }

/**
 * `coachbook metrics --from --to [--as-of] [--rep] [--json]`: DOMAIN.md's metrics for a period,
 * by calendar month, ISO week and rep. `--json` prints the report as the contract returns it
 * (fractions, nulls); otherwise readable tables with whole percentages and "—" for no value.
 */
export function registerMetrics(program: Command, ctx: CliContext): void {
  program
    .command('metrics')
    .description('the coaching metrics for a period: totals, by month, by ISO week and by rep')
    .requiredOption('--from <day>', 'first day of the period (YYYY-MM-DD)')
    .requiredOption('--to <day>', 'last day of the period (YYYY-MM-DD)')
    .option('--as-of <day>', 'calls on or before this day count as held (default: today)')
    .option('--rep <id>', 'only this rep’s calls and sessions')
    .option('--json', 'print the report as JSON')
    .action(async (options: MetricsOptions) => {
      const report = await ctx.withJournalToRead((core) =>
        invokeOrThrow(core.invoke, 'insights.metrics', {
          from: options.from,
          to: options.to,
          ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
          ...(options.rep === undefined ? {} : { repId: options.rep }),
        }).catch((error: unknown) => {
          // A bad day or a reversed period is a mistake on the command line.
          if (error instanceof AppFailure && error.code === 'INVALID_INPUT') throw new CliError(error.message, EXIT_USAGE)
          throw error
        }),
      )
      ctx.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatMetrics(report))
    })
}

const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`)

type Column = { title: string; value: (m: MetricSet & { selfSufficiency?: number | null }) => string }
const COLUMNS: Column[] = [
  { title: 'Calls', value: (m) => String(m.calls) },
  { title: 'Held', value: (m) => String(m.heldCalls) },
  { title: 'Pre-briefed', value: (m) => String(m.prebriefed) },
  { title: 'Debriefed', value: (m) => String(m.debriefed) },
  { title: 'Rescues', value: (m) => String(m.rescues) },
  { title: 'Rescue rate', value: (m) => percent(m.rescueRate) },
  { title: 'Avoidable', value: (m) => String(m.avoidableRescues) },
  { title: 'Plan kept', value: (m) => percent(m.planAdherence) },
  { title: 'Slips', value: (m) => String(m.slips) },
  { title: 'Ask share', value: (m) => percent(m.askShare) },
  { title: 'Pre-brief rate', value: (m) => percent(m.prebriefRate) },
  { title: 'Debrief rate', value: (m) => percent(m.debriefRate) },
  { title: 'Sessions', value: (m) => String(SESSION_KINDS.reduce((sum, kind) => sum + m.sessions[kind], 0)) },
]
const SELF_SUFFICIENCY: Column = { title: 'Self-sufficiency', value: (m) => percent(m.selfSufficiency ?? null) }

/** Left-aligned first column, right-aligned figures, two spaces between columns. */
function table(firstTitle: string, rows: { label: string; metrics: MetricSet & { selfSufficiency?: number | null } }[], columns: Column[]): string[] {
  const cells = [
    [firstTitle, ...columns.map((c) => c.title)],
    ...rows.map((row) => [row.label, ...columns.map((c) => c.value(row.metrics))]),
  ]
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((line) => line[i]?.length ?? 0))) ?? []
  return cells.map((line) =>
    line
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  )
}

export function formatMetrics(report: MetricsReport): string {
  const t = report.totals
  const scope = report.repId === null ? 'all reps' : `rep ${report.byRep[0]?.repName ?? report.repId}`
  const mix = <K extends string>(keys: readonly K[], labels: Record<K, string>, counts: Record<K, number>) =>
    keys.map((key) => `${labels[key].toLowerCase()} ${counts[key]}`).join(' · ')
  const lines = [
    `Coaching metrics ${report.from} to ${report.to} (held up to ${report.asOf}), ${scope}`,
    '',
    ...table('', [{ label: 'Total', metrics: t }], COLUMNS),
    '',
    `Roles played (debriefed calls): ${mix(ROLES, ROLE_LABELS, t.roleMix)}`,
    `Coaching sessions: ${mix(SESSION_KINDS, SESSION_KIND_LABELS, t.sessions)}`,
    '',
    'By month',
    ...table('Month', report.byMonth.map((m) => ({ label: m.period, metrics: m })), COLUMNS),
    '',
    'By ISO week',
    ...table('Week', report.byWeek.map((w) => ({ label: w.period, metrics: w })), COLUMNS),
    '',
    'By rep',
    ...(report.byRep.length === 0
      ? ['No rep has a call or session in this period.']
      : table(
          'Rep',
          report.byRep.map((r) => ({ label: r.archived ? `${r.repName} (archived)` : r.repName, metrics: r })),
          [...COLUMNS, SELF_SUFFICIENCY],
        )),
    '',
    'Rates are shares of: rescues / debriefed; plan kept / debriefed with a plan; asks / (asks + tells);',
    'pre-briefed and debriefed / held calls. "—" means there was nothing to divide by.',
    '',
  ]
  return lines.join('\n')
}
