// Whether a build is current, decided cheaply and correctly: the build writes a stamp holding a
// hash of everything it was built from (electron.vite.config.ts), and `npm run cli`, `npm run web`
// and `npm run bench` rebuild only when the inputs hash differently now (scripts/build-quietly.mjs).
// Contents decide, not times, so a checkout, a restored file or a clock cannot fool it. Hashing
// every input takes ~40 ms, so the stamp also keeps the inputs' sizes and modification times: when
// none has changed, the contents have not either and the hash is skipped (~8 ms), the way git's
// index skips unchanged files; when only times changed, the contents decide and the times are
// brought up to date.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const STAMP_FILE = 'build-stamp.json'
const ROOT = path.resolve(import.meta.dirname, '..')

/** Folders and files whose contents decide the build's output. */
export const INPUT_FOLDERS = ['electron', 'shared', 'renderer']
export const INPUT_FILES = [
  'package.json',
  'package-lock.json',
  'electron.vite.config.ts',
  'tsconfig.json',
  'tsconfig.node.json',
  'tsconfig.web.json',
  'tsconfig.shared.json',
  'scripts/buildStamp.mjs',
]

/** Every input file, relative to `root` with forward slashes, sorted. */
function inputFiles(root) {
  const files = [...INPUT_FILES]
  for (const folder of INPUT_FOLDERS) {
    const dir = path.join(root, folder)
    if (!fs.existsSync(dir)) continue
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(path.relative(root, path.join(entry.parentPath, entry.name)))
    }
  }
  return files.map((name) => name.split(path.sep).join('/')).sort()
}

/** A hash of every input's path, size and modification time: cheap, and only a shortcut. */
export function inputsStat(root = ROOT) {
  const hash = crypto.createHash('sha256')
  for (const file of inputFiles(root)) {
    const stat = fs.statSync(path.join(root, file), { throwIfNoEntry: false })
    hash.update(`${file}\0${stat ? `${stat.size}\0${stat.mtimeMs}` : '(missing)'}\0`)
  }
  return hash.digest('hex')
}

/** A hash of every input's path and contents, in a stable order: what decides. */
export function inputsFingerprint(root = ROOT) {
  const hash = crypto.createHash('sha256')
  for (const file of inputFiles(root)) {
    let contents
    try {
      contents = fs.readFileSync(path.join(root, file))
    } catch {
      contents = Buffer.from('(missing)')
    }
    hash.update(`${file}\0${contents.length}\0`)
    hash.update(contents)
  }
  return hash.digest('hex')
}

/** What a usable build holds besides the stamp. */
export const BUILD_OUTPUTS = ['main/index.js', 'main/cli.js', 'preload/index.cjs', 'renderer/index.html']

/** Removed when a build starts, so an interrupted build never passes for a current one. */
export function clearStamp(outDir) {
  fs.rmSync(path.join(outDir, STAMP_FILE), { force: true })
}

/**
 * `inputs` is the contents' hash taken as the build started; `stat` the sizes and times seen then
 * (taken with it, so a file edited during the build makes both disagree with the next look).
 */
export function writeStamp(outDir, { inputs, stat }) {
  fs.mkdirSync(outDir, { recursive: true })
  const temporary = path.join(outDir, `${STAMP_FILE}.${process.pid}.tmp`)
  fs.writeFileSync(temporary, `${JSON.stringify({ inputs, stat, builtAt: new Date().toISOString() })}\n`)
  fs.renameSync(temporary, path.join(outDir, STAMP_FILE))
}

/** The inputs as they are now, for a build about to start. */
export function takeInputs(root = ROOT) {
  return { stat: inputsStat(root), inputs: inputsFingerprint(root) }
}

/** True when `outDir` holds a complete build of exactly the inputs as they are now. */
export function isBuildCurrent(outDir, root = ROOT) {
  let stamp
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(outDir, STAMP_FILE), 'utf8'))
  } catch {
    return false
  }
  if (typeof stamp?.inputs !== 'string') return false
  if (!BUILD_OUTPUTS.every((file) => fs.existsSync(path.join(outDir, file)))) return false
  const stat = inputsStat(root)
  if (stat === stamp.stat) return true
  if (stamp.inputs !== inputsFingerprint(root)) return false
  // Same contents, newer times (a checkout, a save without changes): remember the times.
  try {
    writeStamp(outDir, { inputs: stamp.inputs, stat })
  } catch {
    // A read-only out/ only costs the next check its shortcut.
  }
  return true
}
