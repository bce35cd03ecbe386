#!/usr/bin/env node
// The package's `coachbook` command: the built CLI does the work (run `npm run build` first).
// The Node version is checked before the CLI (and with it better-sqlite3-multiple-ciphers' binary) is loaded.
import { nodeVersionProblem, requiredNode } from './nodeVersion.mjs'

const problem = nodeVersionProblem(process.versions.node, requiredNode())
if (problem) {
  process.stderr.write(`${problem}\n`)
  process.exitCode = 1
} else {
  try {
    await import('../out/main/cli.js')
  } catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && /out[\\/]main[\\/]cli\.js/.test(String(error.message))) {
      process.stderr.write('coachbook: the app is not built yet; run "npm run build" first\n')
      process.exitCode = 1
    } else {
      throw error
    }
  }
}
