import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary } from '../../../scripts/electronBinary.mjs'

const root = path.resolve(import.meta.dirname, '../../..')
let dist: string
beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbook-electron-dist-'))
})
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }))

describe('finding the Electron binary for the desktop tests', () => {
  it('finds it where the electron package would, without downloading anything', () => {
    const binary = path.join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron')
    fs.writeFileSync(binary, '')
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({ found: true, binary })
  })

  it('says in one sentence that it is missing', () => {
    const result = findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist })
    expect(result.found).toBe(false)
    if (!result.found) expect(result.reason).toMatch(/^the Electron binary is missing \(.+\): it downloads on first use/)
  })

  it('makes npm run test:electron stop with that one line, before building or launching', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'test-electron.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist },
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^test:electron: cannot run the desktop tests: the Electron binary is missing/)])
  })
})
