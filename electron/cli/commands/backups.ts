import fs from 'node:fs'
import type { Command } from 'commander'
import { createBackupStore } from '../../core/backups'
import { backupsDir } from '../../core/paths'
import { BACKUP_KIND_LABELS as KIND_LABELS, formatBytes, formatRecordCounts as formatCounts } from '../../../shared/backupsText'
import type { CliContext } from '../context'
import { CliError } from '../errors'

/**
 * `coachbook backups`: the copies in the data folder's backups/, newest first — when, why, how big
 * and what each holds — with the name to give `coachbook restore`. Works without a journal too
 * (that is when the list matters most), but not without the folder.
 */
export function registerBackups(program: Command, ctx: CliContext): void {
  program
    .command('backups')
    .description('list the backups in the journal\'s backups folder, newest first')
    .action(async () => {
      const dataDir = ctx.dataDir()
      if (!fs.existsSync(dataDir)) throw new CliError(`There is no journal in ${dataDir}: the folder does not exist`)
      // The copies of an encrypted journal are encrypted too: what they hold is read with its key.
      const store = createBackupStore(backupsDir(dataDir), { key: await ctx.journalKey() })
      const backups = store.list()
      if (backups.length === 0) {
        ctx.out(`No backups yet in ${store.dir}\n`)
        return
      }
      ctx.out(`Backups in ${store.dir}, newest first:\n`)
      const rows = backups.map((backup) => [
        backup.takenAt.replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC'),
        KIND_LABELS[backup.kind],
        formatBytes(backup.sizeBytes),
        backup.problem ?? formatCounts(backup.counts),
        backup.name,
      ])
      const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? []
      for (const row of rows) ctx.out(`  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}\n`)
      ctx.out('Put one back with "coachbook restore <name>"; a copy of the journal as it is now is kept first.\n')
    })
}
