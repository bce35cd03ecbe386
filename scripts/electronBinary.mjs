// Where Electron's binary is, found the way the `electron` package finds it (its index.js), but
// without its side effect: requiring that package downloads the binary when it is missing, which
// hangs or fails on a machine without access to GitHub. Used by `npm run test:electron` to say
// in one line, before launching anything, that there is no Electron to test with.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** `{ found: true, binary }`, or `{ found: false, reason }` in one sentence. */
export function findElectronBinary(env = process.env) {
  let packageDir
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'))
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm install)' }
  }
  const pathFile = path.join(packageDir, 'path.txt')
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : undefined
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist')
  const binary = path.join(dist, executable || (process.platform === 'win32' ? 'electron.exe' : 'electron'))
  if (!fs.existsSync(binary)) {
    return {
      found: false,
      reason: `the Electron binary is missing (${path.relative(process.cwd(), binary) || binary}): it downloads on first use ("npx install-electron"), which needs access to GitHub`,
    }
  }
  return { found: true, binary }
}
