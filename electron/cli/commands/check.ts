import type { Command } from 'commander'
import { checkFileWithSqlite, OlderSchema } from '../../core'
import { databasePath } from '../../core/paths'
import type { CliContext } from '../context'
import { CliError } from '../errors'

/**
 * `coachbook check`: SQLite's integrity checks plus the app's own; non-zero when anything is
 * wrong. It only reads: nothing is created, migrated or written, and a read-only journal can be
 * checked (a journal from an older Coachbook gets SQLite's check; the app upgrades it when it opens it).
 */
export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('check the journal for damage (exit code 1 when problems are found); it only reads')
    .action(async () => {
      const file = databasePath(ctx.dataDir())
      let report
      try {
        report = await ctx.withJournalToRead((core) => core.check())
      } catch (error) {
        if (!(error instanceof OlderSchema)) throw error
        report = checkFileWithSqlite(file)
        if (report.ok) ctx.out(`${error.message}.\n`)
      }
      if (report.ok) {
        ctx.out(`The journal at ${file} is healthy.\n`)
        return
      }
      ctx.out(`Problems found in ${file}:\n`)
      for (const problem of report.problems) ctx.out(`  - ${problem}\n`)
      const count = report.problems.length
      throw new CliError(
        `the journal is damaged (${count} problem${count === 1 ? '' : 's'}); see "coachbook backups" and "coachbook restore <name>", or "coachbook salvage"`,
      )
    })
}
