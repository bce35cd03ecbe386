import type { Command } from 'commander'
import type { CliContext } from '../context'
import { restoreJournal } from '../../core/restore'

/** `coachbook restore <file>`: replace the journal with a backup; the current one is kept in backups/. */
export function registerRestore(program: Command, ctx: CliContext): void {
  program
    .command('restore')
    .description('replace the journal with a backup (quit the desktop app first); the current journal is saved in backups/')
    .argument('<file>', 'a backup made by "coachbook backup" or found in the backups folder')
    .action(async (file: string) => {
      const result = await restoreJournal({ dataDir: ctx.dataDir(), backupFile: file, appVersion: ctx.appVersion })
      ctx.out(`Restored the journal from ${result.restoredFrom}\n`)
      if (result.previousSavedTo) ctx.out(`The previous journal was saved to ${result.previousSavedTo}\n`)
    })
}
