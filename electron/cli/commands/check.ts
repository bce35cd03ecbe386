import fs from 'node:fs'
import type { Command } from 'commander'
import { databasePath } from '../../core/paths'
import type { CliContext } from '../context'
import { CliError } from '../errors'

/** `coachbook check`: SQLite's integrity checks plus the app's own; non-zero when anything is wrong. */
export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('check the journal for damage (exit code 1 when problems are found)')
    .action(async () => {
      const file = databasePath(ctx.dataDir())
      // Checking must not create an empty journal where none exists.
      if (!fs.existsSync(file)) throw new CliError(`there is no journal at ${file}`)
      const report = await ctx.withCore((core) => core.check())
      if (report.ok) {
        ctx.out(`The journal at ${file} is healthy.\n`)
        return
      }
      ctx.out(`Problems found in ${file}:\n`)
      for (const problem of report.problems) ctx.out(`  - ${problem}\n`)
      const count = report.problems.length
      throw new CliError(`the journal is damaged (${count} problem${count === 1 ? '' : 's'}); restore a backup with "coachbook restore <file>"`)
    })
}
