import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/**
 * The journal window opens where it was left: size, position and whether it was maximized, kept
 * in a small JSON file beside the journal. The file is written atomically (a temporary file
 * renamed over it) and validated on read: a damaged or foreign file is ignored, never trusted. A
 * position that would put the window off every screen (a monitor unplugged since) is dropped or
 * pulled back inside the nearest work area.
 */
export const WINDOW_STATE_FILE = 'window-state.json'
export const DEFAULT_SIZE = { width: 1280, height: 860 } as const
export const MIN_SIZE = { width: 900, height: 600 } as const

export type Rectangle = { x: number; y: number; width: number; height: number }

/** The window's normal (not maximized) bounds, and whether it was maximized over them. */
export type WindowState = { bounds: Rectangle; maximized: boolean }

/** What the window is created with: no x/y means "let the system center it". */
export type WindowPlacement = { x?: number; y?: number; width: number; height: number; maximized: boolean }

const pixels = z.number().int().min(-100_000).max(100_000)
const stateSchema = z.object({
  bounds: z.object({ x: pixels, y: pixels, width: pixels.min(1), height: pixels.min(1) }),
  maximized: z.boolean(),
})

export function windowStateFile(dataDir: string): string {
  return path.join(dataDir, WINDOW_STATE_FILE)
}

export function parseWindowState(text: string): WindowState | undefined {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = stateSchema.safeParse(json)
  return parsed.success ? parsed.data : undefined
}

/** The saved state, or undefined when there is none or it cannot be trusted. */
export function readWindowState(file: string): WindowState | undefined {
  try {
    return parseWindowState(fs.readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

/**
 * Synchronous on purpose: it runs while the window closes (often while the app quits), and an
 * asynchronous write could be cut off. The file is a hundred bytes.
 */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(temporary, `${JSON.stringify(state)}\n`)
    fs.renameSync(temporary, file)
  } catch {
    // Remembering the window is a courtesy: a read-only folder must not stop the app from closing.
    try {
      fs.rmSync(temporary, { force: true })
    } catch {
      // Nothing was written.
    }
  }
}

/** How much of the title bar must stay on a screen for a saved position to be kept as it is. */
const GRIP = { width: 120, height: 32 }

/**
 * Where to open the window, given the saved state and the screens' work areas (the primary
 * first). Without a usable position the window is centered by the system.
 */
export function placeWindow(saved: WindowState | undefined, workAreas: readonly Rectangle[]): WindowPlacement {
  const primary = workAreas[0]
  if (!saved) return { ...fitSize(DEFAULT_SIZE, primary), maximized: false }
  const { bounds } = saved
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRIP.height }
  const home = workAreas.find((area) => overlap(titleBar, area, GRIP))
  if (!home) return { ...fitSize(bounds, primary), maximized: saved.maximized }
  const size = fitSize(bounds, home)
  // Pull the window back inside its screen where it hangs over an edge.
  const x = clamp(bounds.x, home.x, home.x + home.width - size.width)
  const y = clamp(bounds.y, home.y, home.y + home.height - size.height)
  return { x, y, ...size, maximized: saved.maximized }
}

function fitSize(size: { width: number; height: number }, area: Rectangle | undefined): { width: number; height: number } {
  const maxWidth = area ? Math.max(MIN_SIZE.width, area.width) : Number.POSITIVE_INFINITY
  const maxHeight = area ? Math.max(MIN_SIZE.height, area.height) : Number.POSITIVE_INFINITY
  return {
    width: clamp(size.width, MIN_SIZE.width, maxWidth),
    height: clamp(size.height, MIN_SIZE.height, maxHeight),
  }
}

function overlap(a: Rectangle, b: Rectangle, least: { width: number; height: number }): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width >= Math.min(least.width, a.width) && height >= Math.min(least.height, a.height)
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max))
}
