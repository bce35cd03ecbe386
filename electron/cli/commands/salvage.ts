import type { Command } from 'commander'
import { createBackupStore, salvageJournal } from '../../core/backups'
import { openCore } from '../../core'
import { backupsDir } from '../../core/paths'
import { AppFailure } from '../../../shared/result'
import { formatSalvage } from '../../../shared/backupsText'
import type { CliContext } from '../context'
import { CliError } from '../errors'

/**
 * `coachbook salvage`: for a damaged journal, reads what can be read into a new one; the damaged
 * file is kept in recovered/. Refused for a journal that opens as it should.
 */
export function registerSalvage(program: Command, ctx: CliContext): void {
  program
    .command('salvage')
    .description('read what can be read of a damaged journal into a new one (the damaged file is kept)')
    .action(async () => {
      const dataDir = ctx.dataDir()
      try {
        openCore({ dataDir, face: 'cli', appVersion: ctx.appVersion, access: 'read' }).close()
        throw new CliError('The journal is not damaged: there is nothing to salvage ("coachbook check" looks at it closely).')
      } catch (error) {
        if (!(error instanceof AppFailure && error.code === 'NEEDS_RECOVERY')) throw error
      }
      const key = await ctx.journalKey()
      const summary = await salvageJournal({ dataDir, appVersion: ctx.appVersion, backups: createBackupStore(backupsDir(dataDir), { key }), key })
      for (const line of formatSalvage(summary)) ctx.out(`${line}\n`)
    })
}
