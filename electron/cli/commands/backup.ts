import path from 'node:path'
import type { Command } from 'commander'
import { formatBytes, formatRecordCounts as formatCounts } from '../../../shared/backupsText'
import type { CliContext } from '../context'

/**
 * `coachbook backup [--out file]`: a verified copy of the journal, taken with SQLite's online
 * backup API while the app may be running. Without --out it joins the data folder's backups/
 * (and the retention policy); with --out it is written atomically to a new file, kept forever.
 */
export function registerBackup(program: Command, ctx: CliContext): void {
  program
    .command('backup')
    .description('take a verified copy of the journal: into its backups folder, or to --out (restore it with "coachbook restore")')
    .option('-o, --out <file>', 'write the copy to this new file instead of the backups folder')
    .action(async (options: { out?: string }) => {
      const target = options.out
      if (target !== undefined) {
        await ctx.withJournalToRead((core) => core.copyTo(target))
        ctx.out(`Backed up the journal to ${path.resolve(target)}\n`)
        return
      }
      const { backup, dir } = await ctx.withJournalToRead(async (core) => ({
        backup: (await core.backups.take(core.db, 'manual')).keep(),
        dir: core.backups.dir,
      }))
      ctx.out(`Backed up the journal to ${path.join(dir, backup.name)} (${formatCounts(backup.counts)}, ${formatBytes(backup.sizeBytes)})\n`)
    })
}
