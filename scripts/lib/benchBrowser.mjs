// What the browser benchmarks share (scripts/bench-ui.mjs, scripts/profile-typing.mjs): the
// system Chromium and its flags, and `coachbook serve` on a journal folder.
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import path from 'node:path'

/** The browser tests' switches (test/e2e/browser.ts), the unseen address-bar popups among them. */
export { CHROMIUM_ARGS } from './chromiumFeatures.mjs'

/**
 * CHROMIUM_PATH, else the full `chromium` on the PATH: unlike the tests (test/e2e/browser.ts, which
 * prefer the headless-only build), the figures are those of the browser a person opens the app in.
 */
export function systemChromium(env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    for (const name of ['chromium', 'chromium-browser']) {
      try {
        accessSync(path.join(dir, name), constants.X_OK)
        return path.join(dir, name)
      } catch {
        // not here
      }
    }
  }
  return undefined
}

/** `coachbook serve` on the journal, answered with its address (token included) and a stop(). */
export async function serve(cli, dataDir) {
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { ...process.env, COACHBOOK_DATA_DIR: dataDir, COACHBOOK_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`coachbook serve printed no address in 30 s:\n${output}`)), 30_000)
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[0])
      }
    })
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => reject(new Error(`coachbook serve exited (code ${code}):\n${output}`)))
  })
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
