import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_SIZE,
  parseWindowState,
  placeWindow,
  readWindowState,
  windowStateFile,
  writeWindowState,
  type WindowState,
} from '../../../../electron/main/windowState'
import { makeTempDataDir } from '../../../helpers/tempJournal'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1410 }
const state = (x: number, y: number, width = 1200, height = 800, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
})

describe('the window-state file', () => {
  let dir: string
  beforeEach(() => {
    dir = makeTempDataDir()
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('is written atomically beside the journal and read back', () => {
    const file = windowStateFile(dir)
    expect(file).toBe(path.join(dir, 'window-state.json'))
    writeWindowState(file, state(100, 80, 1300, 900, true))
    expect(readWindowState(file)).toEqual(state(100, 80, 1300, 900, true))
    // Nothing but the file itself is left behind.
    expect(fs.readdirSync(dir)).toEqual(['window-state.json'])
  })

  it('replaces the previous state whole', () => {
    const file = windowStateFile(dir)
    writeWindowState(file, state(1, 2))
    writeWindowState(file, state(3, 4, 1000, 700))
    expect(readWindowState(file)).toEqual(state(3, 4, 1000, 700))
  })

  it('reads as nothing when missing', () => {
    expect(readWindowState(windowStateFile(dir))).toBeUndefined()
  })

  it('does not stop the app closing when the folder cannot be written', () => {
    const blocked = path.join(dir, 'a-file')
    fs.writeFileSync(blocked, '')
    expect(() => writeWindowState(path.join(blocked, 'window-state.json'), state(1, 2))).not.toThrow()
  })

  it.each([
    ['not JSON', '{"bounds":'],
    ['another shape', '{"width":1200,"height":800}'],
    ['a non-number', '{"bounds":{"x":"0","y":0,"width":1200,"height":800},"maximized":false}'],
    ['a fraction', '{"bounds":{"x":0.5,"y":0,"width":1200,"height":800},"maximized":false}'],
    ['a zero size', '{"bounds":{"x":0,"y":0,"width":0,"height":800},"maximized":false}'],
    ['an absurd coordinate', '{"bounds":{"x":1e12,"y":0,"width":1200,"height":800},"maximized":false}'],
    ['no maximized flag', '{"bounds":{"x":0,"y":0,"width":1200,"height":800}}'],
  ])('ignores a file holding %s', (_label, text) => {
    expect(parseWindowState(text)).toBeUndefined()
  })
})

describe('placeWindow', () => {
  it('opens the default size, centered, the first time', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false })
    // …made to fit a small screen.
    expect(placeWindow(undefined, [{ x: 0, y: 0, width: 1366, height: 700 }])).toEqual({ width: 1280, height: 700, maximized: false })
  })

  it('reopens where it was, at its size, maximized or not', () => {
    expect(placeWindow(state(1500, 40, 1600, 1000, true), [laptop, rightMonitor])).toEqual({
      x: 1500,
      y: 40,
      width: 1600,
      height: 1000,
      maximized: true,
    })
  })

  it('centers a window whose screen is gone (a monitor unplugged)', () => {
    const placed = placeWindow(state(1500, 40, 1600, 1000), [laptop])
    expect(placed).toEqual({ width: 1440, height: 875, maximized: false })
  })

  it('centers a window whose title bar is above every screen', () => {
    expect(placeWindow(state(100, -500), [laptop])).toEqual({ width: 1200, height: 800, maximized: false })
  })

  it('pulls a window hanging over an edge back inside its screen', () => {
    expect(placeWindow(state(1300, 400), [laptop])).toEqual({ x: 240, y: 75, width: 1200, height: 800, maximized: false })
    expect(placeWindow(state(-900, 10), [laptop])).toEqual({ x: 0, y: 10, width: 1200, height: 800, maximized: false })
  })

  it('shrinks a window larger than its screen, never below the minimum size', () => {
    expect(placeWindow(state(0, 0, 3000, 2000), [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875, maximized: false })
    expect(placeWindow(state(0, 0, 300, 200), [laptop])).toEqual({ x: 0, y: 0, width: 900, height: 600, maximized: false })
  })
})
