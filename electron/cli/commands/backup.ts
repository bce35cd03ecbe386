import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Command } from 'commander'
import type { CliContext } from '../context'
import { CliError } from '../errors'

/** `coachbook backup --out file`: a consistent SQLite copy of the live journal, written atomically. */
export function registerBackup(program: Command, ctx: CliContext): void {
  program
    .command('backup')
    .description('copy the journal database to a file (restore it with "coachbook restore")')
    .requiredOption('-o, --out <file>', 'where to write the backup')
    .action(async (options: { out: string }) => {
      const target = path.resolve(options.out)
      if (fs.existsSync(target)) throw new CliError(`${target} already exists; choose a new file name`)
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
      try {
        await ctx.withCore((core) => core.backup(temp))
        fs.renameSync(temp, target)
      } finally {
        fs.rmSync(temp, { force: true })
      }
      ctx.out(`Backed up the journal to ${target}\n`)
    })
}
