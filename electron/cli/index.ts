import path from 'node:path'
import { version } from '../../package.json'
import { run } from './program'

/**
 * The `coachbook` command (built to out/main/cli.js; bin/coachbook.mjs imports it). Sets the exit
 * code rather than calling process.exit, so a large export on stdout is flushed before Node exits.
 */
const rendererDir = path.join(import.meta.dirname, '..', 'renderer')
const coreWorkerFile = path.join(import.meta.dirname, 'coreWorker.js')

process.exitCode = await run(process.argv.slice(2), {
  appVersion: version,
  rendererDir,
  coreWorkerFile,
  env: process.env,
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
})
