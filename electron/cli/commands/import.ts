import path from 'node:path'
import type { Command } from 'commander'
import { invokeOrThrow } from '../../../shared/invoke'
import type { CliContext } from '../context'
import { readJournalText } from '../../core/files'
import { formatImportCounts } from '../../../shared/importSummary'

/** `coachbook import <file>`: all or nothing; an invalid file names its first bad field. */
export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import a journal file (format version 1); records are matched by id')
    .argument('<file>', 'the journal file to import')
    .action(async (file: string) => {
      const text = await readJournalText(file)
      await ctx.withCore(async (core) => {
        const summary = await invokeOrThrow(core.invoke, 'journal.import', { text })
        ctx.out(`Imported ${path.resolve(file)} into ${core.databasePath}\n`)
        for (const line of formatImportCounts(summary)) ctx.out(`  ${line}\n`)
      })
    })
}
