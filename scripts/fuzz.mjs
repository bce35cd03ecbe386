#!/usr/bin/env node
// `npm run fuzz [-- --runs N] [-- --seed S]`: the contract fuzzing of `npm test`
// (test/unit/built/fuzz.test.ts) with many more runs per operation, and a seed of your choice
// (a new one each time unless given). It builds the app into a folder of its own, as
// `npm run test:unit` does.
import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback
}
const runs = option('runs', '300')
const seed = option('seed', String(Date.now() % 1_000_000_000))
process.stderr.write(`Fuzzing every operation: ${runs} runs each, seed ${seed} (repeat a run with --seed ${seed})\n`)

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const child = spawn(npm, ['run', '-s', 'test:unit', '--', 'test/unit/built/fuzz.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
})
child.on('close', (code) => process.exit(code ?? 1))
