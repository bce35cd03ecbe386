import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * Runs `electron-vite build` with the Node that runs this script (the project's Node 22 under
 * `npm run`), without going through npx. `quiet` buffers its output and hands it back instead.
 */
const require = createRequire(import.meta.url)
export const root = path.resolve(import.meta.dirname, '..')

export function electronViteBuild({ quiet = false } = {}) {
  const bin = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'build'], {
      cwd: root,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    })
    const output = []
    child.stdout?.on('data', (chunk) => output.push(chunk))
    child.stderr?.on('data', (chunk) => output.push(chunk))
    child.on('error', (error) => resolve({ code: 1, output: `${error.message}\n` }))
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(output).toString() }))
  })
}
