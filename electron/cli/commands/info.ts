import type { Command } from 'commander'
import { invokeOrThrow } from '../../../shared/invoke'
import type { CliContext } from '../context'

/** `coachbook info`: which app, which journal, which schema. */
export function registerInfo(program: Command, ctx: CliContext): void {
  program
    .command('info')
    .description('show the version and where the journal is')
    .action(async () => {
      const info = await ctx.withCore((core) => invokeOrThrow(core.invoke, 'app.info', {}))
      ctx.out(
        [
          `${info.name} ${info.version}`,
          `Data folder  ${info.dataDir}`,
          `Journal      ${info.databasePath}`,
          `Schema       version ${info.schemaVersion}`,
          '',
        ].join('\n'),
      )
    })
}
