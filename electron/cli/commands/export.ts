import path from 'node:path'
import type { Command } from 'commander'
import { call } from '../call'
import type { CliContext } from '../context'
import { writeFileAtomic } from '../files'

/** `coachbook export [--out file]`: the journal file (format version 1) on stdout or in a file. */
export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('export the whole journal as a journal file (JSON, format version 1)')
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .action(async (options: { out?: string }) => {
      const journal = await ctx.withCore((core) => call(core.handlers, 'journal.export', {}))
      const text = `${JSON.stringify(journal, null, 2)}\n`
      if (options.out === undefined) {
        ctx.out(text)
        return
      }
      await writeFileAtomic(options.out, text)
      ctx.out(`Exported the journal to ${path.resolve(options.out)}\n`)
    })
}
