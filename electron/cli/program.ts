import { Command } from 'commander'
import { COMMANDS } from './commands'
import { createContext, type CliEnvironment } from './context'
import { EXIT_USAGE, reportError } from './errors'

/** Builds the `coachbook` program; `run` parses, runs and answers the exit code (never throws). */
export function createProgram(environment: CliEnvironment): Command {
  const program = new Command('coachbook')
    .description('Coachbook, the private coaching journal, from the terminal')
    .version(environment.appVersion, '-v, --version')
    .option('--data-dir <dir>', 'the journal folder (default: COACHBOOK_DATA_DIR, else the desktop app\'s folder)')
    .option('--passphrase-file <file>', 'an encrypted journal\'s passphrase, read from this file (- for standard input); never give it on the command line')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: environment.out,
      writeErr: environment.err,
      // Errors are reported once, as one line, by `run`.
      outputError: () => undefined,
    })
  const ctx = createContext(program, environment)
  for (const register of COMMANDS) register(program, ctx)
  // Subcommands inherit the overrides so their usage errors also come back to `run`.
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput())
  }
  return program
}

export async function run(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const program = createProgram(environment)
  if (argv.length === 0) {
    const names = program.commands.map((command) => command.name()).filter((name) => name !== 'help')
    environment.err(`coachbook: choose a command (${names.join(', ')}); see "coachbook --help"\n`)
    return EXIT_USAGE
  }
  try {
    await program.parseAsync(argv, { from: 'user' })
    return 0
  } catch (error) {
    return reportError(error, environment.err, Boolean(environment.env['COACHBOOK_DEBUG']))
  }
}
