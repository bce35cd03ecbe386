import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BUILD_OUTPUTS, clearStamp, isBuildCurrent, STAMP_FILE, takeInputs, writeStamp } from '../../../scripts/buildStamp.mjs'

/** A small project: a few inputs, and an out/ that a build of them made. */
let root: string
let out: string

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), text)
}

function build(): void {
  const inputs = takeInputs(root)
  for (const file of BUILD_OUTPUTS) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
    fs.writeFileSync(path.join(out, file), 'built')
  }
  writeStamp(out, inputs)
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbook-stamp-'))
  out = path.join(root, 'out')
  write('package.json', '{}')
  write('electron/main/index.ts', 'main')
  write('renderer/src/App.tsx', 'app')
  write('shared/csp.ts', 'csp')
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

describe('the build stamp', () => {
  it('says a fresh build is current', () => {
    build()
    expect(isBuildCurrent(out, root)).toBe(true)
  })

  it('says stale when an input changes, is added or is removed', () => {
    build()
    write('shared/csp.ts', 'csp, changed')
    expect(isBuildCurrent(out, root)).toBe(false)
    build()
    write('renderer/src/New.tsx', 'new')
    expect(isBuildCurrent(out, root)).toBe(false)
    build()
    fs.rmSync(path.join(root, 'renderer/src/New.tsx'))
    expect(isBuildCurrent(out, root)).toBe(false)
  })

  it('says stale when an input changes to text of the same size', () => {
    build()
    write('shared/csp.ts', 'CSP')
    expect(isBuildCurrent(out, root)).toBe(false)
  })

  it('stays current when files are only touched, and remembers their new times', () => {
    build()
    const readStamp = () => JSON.parse(fs.readFileSync(path.join(out, STAMP_FILE), 'utf8')) as { inputs: string; stat: string }
    const before = readStamp()
    const later = new Date(Date.now() + 60_000)
    fs.utimesSync(path.join(root, 'electron/main/index.ts'), later, later)
    expect(isBuildCurrent(out, root)).toBe(true)
    const after = readStamp()
    expect(after.inputs).toBe(before.inputs)
    expect(after.stat).not.toBe(before.stat)
  })

  it('says stale without a stamp, with a cleared one, or with a part of the build missing', () => {
    expect(isBuildCurrent(out, root)).toBe(false)
    build()
    fs.rmSync(path.join(out, 'renderer/index.html'))
    expect(isBuildCurrent(out, root)).toBe(false)
    build()
    clearStamp(out)
    expect(isBuildCurrent(out, root)).toBe(false)
    fs.writeFileSync(path.join(out, STAMP_FILE), 'not json')
    expect(isBuildCurrent(out, root)).toBe(false)
  })

  it('ignores what is not an input (the build output, other folders)', () => {
    build()
    write('docs/notes.md', 'notes')
    write('test/unit/x.test.ts', 'test')
    fs.writeFileSync(path.join(out, 'main/index.js'), 'rebuilt elsewhere')
    expect(isBuildCurrent(out, root)).toBe(true)
  })
})
