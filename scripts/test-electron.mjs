// `npm run test:electron`: the desktop app itself, driven by Playwright's Electron support
// (test/electron/). Where Electron's binary cannot be had (an offline machine, a container) it
// says so in one line and fails, before building or launching anything. Not part of `npm test`,
// which cannot run Electron here; run it wherever Electron runs (README, "Tests").
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { findElectronBinary } from './electronBinary.mjs'

const require = createRequire(import.meta.url)
const root = path.resolve(import.meta.dirname, '..')

const electron = findElectronBinary()
if (!electron.found) {
  process.stderr.write(`test:electron: cannot run the desktop tests: ${electron.reason}.\n`)
  process.exit(1)
}

const cli = path.join(path.dirname(require.resolve('@playwright/test/package.json')), 'cli.js')
const child = spawn(process.execPath, [cli, 'test', '-c', 'test/electron/playwright.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, COACHBOOK_ELECTRON_BINARY: electron.binary },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('close', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0)
})
