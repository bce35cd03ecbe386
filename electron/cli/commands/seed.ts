import type { Command } from 'commander'
import { isRealDay } from '../../../shared/dates'
import { DEFAULT_SEED, seedJournal, type SeedSummary } from '../../core/services/seed'
import type { CliContext } from '../context'
import { CliError, EXIT_USAGE } from '../errors'

type SeedOptions = { calls: string; seed?: string; force?: boolean; today?: string }

/**
 * `coachbook seed --calls <N> [--seed <n>] [--force] [--today <day>]`: fills the journal with a
 * made-up but believable one, for demos, trying the app and benchmarks. Refuses a journal that
 * already holds data unless --force (which adds; it never deletes).
 */
export function registerSeed(program: Command, ctx: CliContext): void {
  program
    .command('seed')
    .description('fill the journal with demo data: reps, calls, briefs and coaching sessions')
    .requiredOption('--calls <n>', 'how many calls to create')
    .option('--seed <n>', `the random seed; the same seed gives the same journal (default ${DEFAULT_SEED})`)
    .option('--force', 'add the demo data even though the journal already holds data')
    .option('--today <day>', 'seed as if today were this day (YYYY-MM-DD)')
    .action(async (options: SeedOptions) => {
      const calls = wholeNumber(options.calls, '--calls')
      const seed = options.seed === undefined ? undefined : wholeNumber(options.seed, '--seed')
      if (options.today !== undefined && !isRealDay(options.today)) {
        throw new CliError(`--today must be a day in the form YYYY-MM-DD, not "${options.today}"`, EXIT_USAGE)
      }
      const summary = await ctx.withCore((core) =>
        seedJournal(core.db, { calls, seed, force: options.force === true, today: options.today }),
      )
      ctx.out(`${describeSeed(summary)}\n`)
    })
}

function wholeNumber(text: string, flag: string): number {
  if (!/^\d{1,10}$/.test(text.trim())) throw new CliError(`${flag} must be a whole number, not "${text}"`, EXIT_USAGE)
  return Number(text.trim())
}

const n = (value: number) => value.toLocaleString('en-US')

export function describeSeed(s: SeedSummary): string {
  return (
    `Seeded ${n(s.reps)} reps, ${n(s.calls)} calls (${n(s.prebriefs)} pre-briefs, ${n(s.debriefs)} debriefs, ` +
    `${n(s.rescues)} rescues, ${n(s.cancelled)} cancelled) and ${n(s.sessions)} coaching sessions ` +
    `from ${s.from} to ${s.to} in ${(s.ms / 1000).toFixed(1)} s (seed ${s.seed}).`
  )
}
