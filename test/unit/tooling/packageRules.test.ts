import { describe, expect, it } from 'vitest'
import {
  archiveProblems,
  EXPECTED_FUSES,
  fuseProblems,
  isUnpacked,
  packageOf,
  runtimeDependencies,
  type AsarNode,
} from '../../../scripts/package/rules.mjs'

/** A small archive as @electron/asar lists it: every folder and file, with a header to match. */
function archive(files: string[], unpacked: string[] = files.filter((file) => file.endsWith('.node'))) {
  const header: AsarNode = { files: {} }
  const entries = new Set<string>()
  for (const file of files) {
    const parts = file.split('/').filter(Boolean)
    let node = header
    parts.forEach((part, index) => {
      entries.add(`/${parts.slice(0, index + 1).join('/')}`)
      node.files ??= {}
      node = node.files[part] ??= index === parts.length - 1 ? { size: 1 } : { files: {} }
    })
    if (unpacked.includes(file)) node.unpacked = true
  }
  return { entries: [...entries], files, header }
}

const GOOD = [
  '/package.json',
  '/out/main/index.js',
  '/out/main/chunks/core-1.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/out/renderer/assets/index-1.js',
  '/node_modules/better-sqlite3-multiple-ciphers/package.json',
  '/node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
  '/node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node',
]
const context = {
  allowed: new Set(['better-sqlite3-multiple-ciphers', 'node-addon-api']),
  devDependencies: new Set(['react', '@tiptap/core', 'recharts', 'zod', 'electron']),
  mainField: 'out/main/index.js',
}

describe('the packaged archive', () => {
  it('passes with the built output and better-sqlite3-multiple-ciphers, its binary unpacked', () => {
    expect(archiveProblems({ ...archive(GOOD), ...context })).toEqual([])
  })

  it('fails when a renderer library is packaged as a module', () => {
    const problems = archiveProblems({ ...archive([...GOOD, '/node_modules/react/index.js', '/node_modules/@tiptap/core/dist/index.js']), ...context })
    expect(problems).toEqual([
      'react is a development or renderer library but is packaged (node_modules/react)',
      '@tiptap/core is a development or renderer library but is packaged (node_modules/@tiptap/core)',
    ])
  })

  it('fails on anything that is neither built output nor a runtime dependency', () => {
    const problems = archiveProblems({ ...archive([...GOOD, '/node_modules/left-pad/index.js', '/src/main.ts', '/.env']), ...context })
    expect(problems).toEqual([
      'node_modules/left-pad is neither built output nor a runtime dependency',
      '/src is neither built output nor a runtime dependency',
      '/src/main.ts is neither built output nor a runtime dependency',
      '/.env is neither built output nor a runtime dependency',
    ])
  })

  it('fails on a source map', () => {
    expect(archiveProblems({ ...archive([...GOOD, '/out/renderer/assets/index-1.js.map']), ...context })).toEqual([
      '/out/renderer/assets/index-1.js.map: source maps must not ship',
    ])
  })

  it('fails when the SQLite binary is missing, or packed inside the archive', () => {
    const without = GOOD.filter((file) => !file.endsWith('.node'))
    expect(archiveProblems({ ...archive(without), ...context })).toEqual(['no SQLite native binary (better-sqlite3-multiple-ciphers/prebuilds/*.node) is packaged'])
    expect(archiveProblems({ ...archive(GOOD, []), ...context })).toEqual([
      '/node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node is inside app.asar: a native module must be unpacked (asarUnpack)',
    ])
  })

  it('fails without the files the app starts from, or with another main', () => {
    const problems = archiveProblems({ ...archive(GOOD.filter((file) => file !== '/out/preload/index.cjs')), ...context, mainField: 'index.js' })
    expect(problems).toEqual([
      '/out/preload/index.cjs is missing: the app cannot start without it',
      'package.json\'s main is "index.js", not "out/main/index.js"',
    ])
  })
})

describe('helpers', () => {
  it('names the package an entry belongs to, scoped or not, nested or not', () => {
    expect(packageOf('/node_modules/better-sqlite3-multiple-ciphers/lib/index.js')).toBe('better-sqlite3-multiple-ciphers')
    expect(packageOf('/node_modules/@scope/pkg/a.js')).toBe('@scope/pkg')
    expect(packageOf('/node_modules/a/node_modules/b/x.js')).toBe('b')
    expect(packageOf('/out/main/index.js')).toBeUndefined()
    expect(packageOf('/node_modules/@scope')).toBeUndefined()
  })

  it('follows dependencies of dependencies, once each', () => {
    const manifests: Record<string, { dependencies?: Record<string, string> }> = {
      a: { dependencies: { b: '1', c: '1' } },
      b: { dependencies: { c: '1' } },
      c: { dependencies: { a: '1' } },
    }
    expect([...runtimeDependencies({ dependencies: { a: '1' } }, (name) => manifests[name])].sort()).toEqual(['a', 'b', 'c'])
  })

  it('reads the unpacked mark on a file or on a folder above it', () => {
    const { header } = archive(['/x/a.node', '/x/b.js'], [])
    expect(isUnpacked(header, '/x/a.node')).toBe(false)
    header.files!['x']!.unpacked = true
    expect(isUnpacked(header, '/x/b.js')).toBe(true)
  })
})

describe('the fuses', () => {
  const states = { ENABLE: 49, DISABLE: 48 }
  const index = {
    RunAsNode: 0,
    EnableCookieEncryption: 1,
    EnableNodeOptionsEnvironmentVariable: 2,
    EnableNodeCliInspectArguments: 3,
    EnableEmbeddedAsarIntegrityValidation: 4,
    OnlyLoadAppFromAsar: 5,
    LoadBrowserProcessSpecificV8Snapshot: 6,
    GrantFileProtocolExtraPrivileges: 7,
  }
  const wireOf = (settings: Partial<Record<keyof typeof index, boolean>>) =>
    Object.fromEntries(Object.entries(index).map(([name, at]) => [at, settings[name as keyof typeof index] ? states.ENABLE : states.DISABLE]))

  it('pass when the binary carries the configured settings', () => {
    expect(fuseProblems(wireOf(EXPECTED_FUSES), index, states)).toEqual([])
  })

  it('name each fuse left at Electron’s default', () => {
    const wire = wireOf({ ...EXPECTED_FUSES, RunAsNode: true, GrantFileProtocolExtraPrivileges: true })
    expect(fuseProblems(wire, index, states)).toEqual([
      'fuse RunAsNode is on, expected off',
      'fuse GrantFileProtocolExtraPrivileges is on, expected off',
    ])
    expect(fuseProblems({}, index, states)[0]).toBe('fuse RunAsNode is missing, expected off')
  })
})
