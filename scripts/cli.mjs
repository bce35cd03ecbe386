// `npm run cli -- <command>` (and `npm run web`): the built `coachbook` command, rebuilt first
// only when the sources changed since the last build (scripts/build-quietly.mjs), then run in this
// same process, so a current build answers `info` in a fraction of a second.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { nodeVersionProblem, requiredNode } from '../bin/nodeVersion.mjs'
import { buildIfStale, OUT_DIR } from './build-quietly.mjs'

const problem = nodeVersionProblem(process.versions.node, requiredNode())
if (problem) {
  process.stderr.write(`${problem}\n`)
  process.exitCode = 1
} else if ((process.exitCode = await buildIfStale()) === 0) {
  // npm runs scripts in the project folder; file names on the command line mean what they mean
  // where the command was typed (INIT_CWD), as they would for the installed `coachbook`.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD)
  // The CLI reads its arguments from process.argv.slice(2), as when started as `node out/main/cli.js`.
  await import(pathToFileURL(path.join(OUT_DIR, 'main', 'cli.js')).href)
}
