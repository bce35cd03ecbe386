#!/usr/bin/env node
// `npm run bench` after the build: the core benchmark (out/main/bench.js: seeds or reuses the
// journal, times the queries), then the screen in a browser (scripts/bench-ui.mjs) on the same
// journal. Both get every argument (`npm run bench -- --calls 20000 --fresh`); each reads its own
// options and leaves the others. --no-ui skips the browser part.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const here = path.dirname(fileURLToPath(import.meta.url))
const run = (script) => spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' }).status ?? 1

let code = run(path.join(here, '..', 'out', 'main', 'bench.js'))
if (code === 0 && !args.includes('--no-ui')) code = run(path.join(here, 'bench-ui.mjs'))
process.exitCode = code
