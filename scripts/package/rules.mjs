// What `npm run package:check` demands of a packaged app, as pure functions over the archive's
// listing and header so each rule is unit-tested (test/unit/tooling/packageRules.test.ts).

/** The fuses electron-builder.yml sets, by their @electron/fuses index (FuseV1Options). */
export const EXPECTED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
}

/** Electron's own defaults for those fuses, which the stand-in binary starts with. */
export const ELECTRON_DEFAULT_FUSES = {
  RunAsNode: true,
  EnableCookieEncryption: false,
  EnableNodeOptionsEnvironmentVariable: true,
  EnableNodeCliInspectArguments: true,
  EnableEmbeddedAsarIntegrityValidation: false,
  OnlyLoadAppFromAsar: false,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: true,
}

/** Files the desktop app cannot start without. */
export const REQUIRED_FILES = ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']

/**
 * The packages a running app may need: `dependencies` of package.json and, recursively, theirs.
 * `readManifest(name)` answers a package's package.json (or undefined when it is not installed).
 */
export function runtimeDependencies(rootManifest, readManifest) {
  const found = new Set()
  const queue = Object.keys(rootManifest.dependencies ?? {})
  while (queue.length > 0) {
    const name = queue.shift()
    if (found.has(name)) continue
    found.add(name)
    queue.push(...Object.keys(readManifest(name)?.dependencies ?? {}))
  }
  return found
}

/**
 * `/node_modules/@scope/name/lib/x.js` → `@scope/name`; undefined outside node_modules and for
 * the folders that only hold packages (`/node_modules`, `/node_modules/@scope`).
 */
export function packageOf(entry) {
  const parts = entry.split('/').filter(Boolean)
  const at = parts.lastIndexOf('node_modules')
  if (at === -1 || at + 1 >= parts.length) return undefined
  const first = parts[at + 1]
  if (!first.startsWith('@')) return first
  return at + 2 < parts.length ? `${first}/${parts[at + 2]}` : undefined
}

/** `/node_modules`, `/node_modules/@scope`, or the same nested in a package. */
function isPackageFolder(entry) {
  return /(^|\/)node_modules(\/@[^/]+)?$/.test(entry)
}

/** Whether the asar header marks an entry as kept outside the archive (app.asar.unpacked). */
export function isUnpacked(header, entry) {
  let node = header
  for (const part of entry.split('/').filter(Boolean)) {
    node = node?.files?.[part]
    if (!node) return false
    if (node.unpacked) return true
  }
  return Boolean(node?.unpacked)
}

/**
 * Problems with an archive: `entries` is the asar listing (`/out/main/index.js`, …), `header` its
 * raw header, `allowed` the runtime dependencies, `devDependencies` the names that must not be
 * packaged (renderer and bundled libraries), `mainField` the archived package.json's `main`.
 * Files are the entries that are not folders.
 */
export function archiveProblems({ entries, files, header, allowed, devDependencies, mainField }) {
  const problems = []
  const fileSet = new Set(files)
  for (const required of REQUIRED_FILES) {
    if (!fileSet.has(required)) problems.push(`${required} is missing: the app cannot start without it`)
  }
  if (mainField !== 'out/main/index.js') problems.push(`package.json's main is ${JSON.stringify(mainField)}, not "out/main/index.js"`)
  const strays = new Set()
  const devPackaged = new Set()
  for (const entry of entries) {
    if (isPackageFolder(entry)) continue
    const name = packageOf(entry)
    if (name === undefined) {
      if (!(entry === '/out' || entry.startsWith('/out/') || entry === '/package.json')) strays.add(entry)
      continue
    }
    if (devDependencies.has(name)) devPackaged.add(name)
    else if (!allowed.has(name)) strays.add(`node_modules/${name}`)
  }
  for (const name of devPackaged) problems.push(`${name} is a development or renderer library but is packaged (node_modules/${name})`)
  for (const stray of strays) problems.push(`${stray} is neither built output nor a runtime dependency`)
  for (const file of files) {
    if (file.endsWith('.map')) problems.push(`${file}: source maps must not ship`)
  }
  const natives = files.filter((file) => file.endsWith('.node'))
  if (!natives.some((file) => packageOf(file) === 'better-sqlite3-multiple-ciphers')) problems.push('no SQLite native binary (better-sqlite3-multiple-ciphers/prebuilds/*.node) is packaged')
  for (const file of natives) {
    if (!isUnpacked(header, file)) problems.push(`${file} is inside app.asar: a native module must be unpacked (asarUnpack)`)
  }
  return problems
}

/** Problems with the fuse wire read back from the packaged binary (`{ 0: 48, 1: 49, … }`). */
export function fuseProblems(wire, optionIndex, states) {
  const problems = []
  for (const [name, wanted] of Object.entries(EXPECTED_FUSES)) {
    const index = optionIndex[name]
    const state = wire[index]
    const expected = wanted ? states.ENABLE : states.DISABLE
    if (state !== expected) {
      problems.push(`fuse ${name} is ${describeFuse(state, states)}, expected ${wanted ? 'on' : 'off'}`)
    }
  }
  return problems
}

function describeFuse(state, states) {
  if (state === states.ENABLE) return 'on'
  if (state === states.DISABLE) return 'off'
  if (state === undefined) return 'missing'
  return `in state ${state}`
}

export function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`
}
