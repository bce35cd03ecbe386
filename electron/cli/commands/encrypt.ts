import type { Command } from 'commander'
import { newPassphraseSchema } from '../../../shared/security'
import { dataKeyFromPassphrase, isJournalEncrypted, openCore, turnOffEncryption, turnOnEncryption } from '../../core'
import type { CliContext } from '../context'
import { CliError, EXIT_USAGE } from '../errors'

/**
 * `coachbook encrypt --passphrase-file F` and `coachbook decrypt --passphrase-file F`: encryption
 * at rest turned on and off from the terminal, as Settings → Privacy does (docs/encryption.md).
 * The journal and its backups are rewritten all or nothing; close the app first.
 */
export function registerEncrypt(program: Command, ctx: CliContext): void {
  program
    .command('encrypt')
    .description('encrypt the journal and its backups with a passphrase (read from --passphrase-file)')
    .action(async () => {
      const passphrase = await requirePassphrase(ctx, 'encrypt')
      const checked = newPassphraseSchema.safeParse(passphrase)
      if (!checked.success) throw new CliError(`the passphrase is not usable: ${checked.error.issues[0]?.message ?? 'invalid'}`)
      const dataDir = ctx.dataDir()
      if (isJournalEncrypted(dataDir)) throw new CliError(`the journal in ${dataDir} is already encrypted`)
      // Opened once first, so a new journal is created and an old one migrated before it is rewritten.
      openCore({ dataDir, face: 'cli', appVersion: ctx.appVersion }).close()
      const { recoveryKey } = await turnOnEncryption(dataDir, passphrase)
      ctx.err(
        [
          `Encrypted the journal in ${dataDir} and its backups.`,
          'A forgotten passphrase cannot be recovered. The recovery key below opens the journal without it:',
          'print it or keep it somewhere safe, away from this computer.',
          '',
        ].join('\n'),
      )
      ctx.out(`${recoveryKey}\n`)
    })

  program
    .command('decrypt')
    .description('write the journal and its backups back unencrypted (passphrase from --passphrase-file)')
    .action(async () => {
      const passphrase = await requirePassphrase(ctx, 'decrypt')
      const dataDir = ctx.dataDir()
      if (!isJournalEncrypted(dataDir)) throw new CliError(`the journal in ${dataDir} is not encrypted`)
      const dataKey = await dataKeyFromPassphrase(dataDir, passphrase)
      turnOffEncryption(dataDir, dataKey)
      ctx.err(`Decrypted the journal in ${dataDir} and its backups: they open without a passphrase now.\n`)
    })
}

async function requirePassphrase(ctx: CliContext, command: string): Promise<string> {
  const passphrase = await ctx.passphrase()
  if (passphrase === null) throw new CliError(`${command} needs the passphrase: coachbook ${command} --passphrase-file FILE (or - for standard input)`, EXIT_USAGE)
  return passphrase
}
