import path from 'node:path'
import type { Command } from 'commander'
import { invokeOrThrow } from '../../../shared/invoke'
import type { CliContext } from '../context'
import { readJournalText } from '../../core/files'
import { formatImportCounts, newerInJournal } from '../../../shared/importSummary'

/**
 * `coachbook import <file>`: all or nothing; an invalid file names its first bad field. Records
 * changed in the journal after the file's version are kept unless `--take-file-versions` says to
 * step back to the file's (docs/imports.md).
 */
export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import a journal file (format version 1); records are matched by id, and newer records in the journal are kept')
    .argument('<file>', 'the journal file to import')
    .option('--take-file-versions', "also replace records the journal changed after the file's version with the file's (a deliberate step back)")
    .action(async (file: string, options: { takeFileVersions?: boolean }) => {
      const text = await readJournalText(file)
      await ctx.withCore(async (core) => {
        const takeFileVersions = options.takeFileVersions === true
        const summary = await invokeOrThrow(core.invoke, 'journal.import', { text, takeFileVersions })
        ctx.out(`Imported ${path.resolve(file)} into ${core.databasePath}\n`)
        for (const line of formatImportCounts(summary)) ctx.out(`  ${line}\n`)
        if (!takeFileVersions && newerInJournal(summary) > 0) {
          ctx.out('  To replace them with the file\'s versions, import again with --take-file-versions.\n')
        }
      })
    })
}
