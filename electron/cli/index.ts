import path from 'node:path'
import { version } from '../../package.json'
import { EXIT_FAILURE } from './errors'
import { quietWriter } from './output'
import { run } from './program'

/**
 * The `coachbook` command (built to out/main/cli.js; bin/coachbook.mjs imports it). Sets the exit
 * code rather than calling process.exit, so a large export on stdout is flushed before Node exits.
 */
const rendererDir = path.join(import.meta.dirname, '..', 'renderer')
const coreWorkerFile = path.join(import.meta.dirname, 'coreWorker.js')

// A write error may arrive after the command has returned: it sets the exit code itself.
let writeFailed = false
const failWrite = () => {
  writeFailed = true
  process.exitCode = EXIT_FAILURE
}
const err = quietWriter(process.stderr, failWrite)
const out = quietWriter(process.stdout, (error) => {
  failWrite()
  err(`coachbook: could not write the output: ${error.message}\n`)
})

const code = await run(process.argv.slice(2), { appVersion: version, rendererDir, coreWorkerFile, env: process.env, out, err })
process.exitCode = code === 0 && writeFailed ? EXIT_FAILURE : code
