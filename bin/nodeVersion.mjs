// Which Node the `coachbook` command needs, checked before anything native is loaded: on an older
// Node, better-sqlite3-multiple-ciphers' binary (Node-API 10) crashes the process with a segmentation fault and no
// word of why. The requirement is package.json's `engines.node` (">=22.12"), read here so it is
// written down once. No imports beyond Node's own: this must run on any Node.
import fs from 'node:fs'

/** `>=22.12` → [22, 12, 0]; undefined for a requirement of another form. */
export function minimumOf(range) {
  const match = /^\s*>=\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(range ?? '')
  return match ? [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)] : undefined
}

/** The one line to print when `version` is older than `range` requires, else null. */
export function nodeVersionProblem(version, range) {
  const minimum = minimumOf(range)
  if (!minimum) return null
  const actual = String(version).replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0)
  for (let i = 0; i < 3; i += 1) {
    if ((actual[i] ?? 0) > minimum[i]) return null
    if ((actual[i] ?? 0) < minimum[i]) {
      const wanted = minimum[2] === 0 ? `${minimum[0]}.${minimum[1]}` : minimum.join('.')
      return `coachbook: needs Node.js ${wanted} or newer, and this is Node.js ${String(version).replace(/^v/, '')}; install Node.js ${minimum[0]}, or run it from the project with "npm run cli -- <command>"`
    }
  }
  return null
}

/** package.json's `engines.node`, next to this folder. */
export function requiredNode(packageJsonUrl = new URL('../package.json', import.meta.url)) {
  try {
    return JSON.parse(fs.readFileSync(packageJsonUrl, 'utf8')).engines?.node
  } catch {
    return undefined
  }
}
