// `npm start`: build, then open the desktop app; where Electron's binary is not available (it is
// downloaded on first use, which fails offline), open the same app in browser mode instead.
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { electronViteBuild, root } from './electronVite.mjs'

const { code } = await electronViteBuild()
if (code !== 0) {
  process.stderr.write('coachbook: the build failed (see above)\n')
  process.exit(code)
}

const electron = resolveElectron()
if (electron.ok) {
  const env = { ...process.env }
  // Set by some tools to make Electron behave as plain Node: the app would not start.
  delete env.ELECTRON_RUN_AS_NODE
  run(electron.binary, [root], env)
} else {
  process.stdout.write(
    `Electron is not available on this machine (${electron.reason}); starting Coachbook in browser mode instead.\n`,
  )
  run(process.execPath, [path.join(root, 'out', 'main', 'cli.js'), 'serve'], process.env)
}

/**
 * `require('electron')` answers the binary's path, or throws when the binary is missing (after a
 * download attempt). Asked in a child so its output and its failure stay out of this process.
 */
function resolveElectron() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
  })
  if (probe.status === 0) {
    // The download notice may precede the path; the path is the last line.
    const binary = probe.stdout.trim().split('\n').at(-1)?.trim()
    if (binary) return { ok: true, binary }
  }
  if (probe.error) return { ok: false, reason: probe.error.message }
  const errors = probe.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\w*Error:/.test(line))
    .map((line) => line.replace(/^\w*Error:\s*/, '').replace(/\s*Please delete.*$/, ''))
  const notInstalled = errors.some((line) => /failed to install correctly/.test(line))
  const cause = errors.find((line) => !/failed to install correctly/.test(line))
  if (notInstalled) return { ok: false, reason: `its binary is not installed and could not be downloaded${cause ? `: ${cause}` : ''}` }
  return { ok: false, reason: errors[0] || 'its binary could not be found' }
}

function run(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env })
  // Ctrl+C reaches the child through the terminal; this process only waits for it.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    process.stderr.write(`coachbook: could not start ${command}: ${error.message}\n`)
    process.exitCode = 1
  })
  child.on('close', (exitCode, signal) => {
    process.exitCode = exitCode ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)
  })
}
