import type { Command } from 'commander'
import { lookAtJournal, probeSchemaVersion, SCHEMA_VERSION } from '../../core'
import { diskIsFull } from '../../core/files'
import { backupsDir, databasePath } from '../../core/paths'
import type { CliContext } from '../context'

/** `coachbook info`: which app, which journal, which schema — without opening (or making) the journal. */
export function registerInfo(program: Command, ctx: CliContext): void {
  program
    .command('info')
    .description('show the version and where the journal is')
    .action(async () => {
      const dataDir = ctx.dataDir()
      const file = databasePath(dataDir)
      const look = lookAtJournal(dataDir)
      let state: string
      if (look.kind === 'new') state = 'none yet (the app makes one here when it first starts)'
      else if (look.kind === 'problem') state = look.problem.message
      else {
        // An encrypted journal's schema is read with its key: without --passphrase-file, one line.
        const key = look.encrypted ? await ctx.journalKey() : null
        let version: number | null = null
        try {
          version = probeSchemaVersion(file, key)
        } catch {
          // Said below as "cannot be read".
        }
        const unreadable = diskIsFull(dataDir) ? 'cannot be read: the disk is full (free some space on it)' : 'cannot be read'
        state = version === null ? unreadable : `version ${version}${version === SCHEMA_VERSION ? '' : ` (this app: ${SCHEMA_VERSION})`}`
      }
      ctx.out(
        [
          `Coachbook ${ctx.appVersion}`,
          `Data folder  ${dataDir}`,
          `Journal      ${file}`,
          `Backups      ${backupsDir(dataDir)}`,
          `Schema       ${state}`,
          '',
        ].join('\n'),
      )
    })
}
