import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { createBackupStore, restoreJournal } from '../../core/backups'
import { backupsDir } from '../../core/paths'
import { formatRecordCounts as formatCounts } from '../../../shared/backupsText'
import { describeKept } from '../backupText'
import type { CliContext } from '../context'

/**
 * `coachbook restore <file|name>`: puts a backup back in place of the journal. Safe while the app
 * or `serve` has the journal open: the restore is written into the live journal under its write
 * lock (electron/core/backups/replaceLive.ts), after a copy of the journal as it was is kept.
 * An encrypted journal needs --passphrase-file, as every command does.
 */
export function registerRestore(program: Command, ctx: CliContext): void {
  program
    .command('restore')
    .description('put a backup back in place of the journal (a copy of the journal as it is is kept first)')
    .argument('<backup>', 'a backup file, or the name of one listed by "coachbook backups"')
    .action(async (backup: string) => {
      const dataDir = ctx.dataDir()
      // An encrypted journal is restored with its key (--passphrase-file; without it, one line):
      // its backups are read with it and the journal stays encrypted.
      const key = await ctx.journalKey()
      const store = createBackupStore(backupsDir(dataDir), { key })
      const source = fs.existsSync(backup) || backup.includes(path.sep) ? backup : store.fileOf(backup)
      const summary = await restoreJournal({ dataDir, source, shownAs: backup, appVersion: ctx.appVersion, backups: store, key })
      ctx.out(`Restored the journal from ${summary.restoredFrom}: it holds ${formatCounts(summary.counts)}\n`)
      const kept = describeKept(summary.previous, store.dir)
      if (kept) ctx.out(`${kept}\n`)
    })
}
