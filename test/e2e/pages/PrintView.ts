import { execFileSync } from 'node:child_process'
import { expect, type Page } from '@playwright/test'
import type { CoachbookServer } from '../server'

/**
 * A print view (`#/print/…`), rendered to PDF the way Electron's printToPDF does it and read back
 * with poppler's command-line tools: page count and size from `pdfinfo`, words from `pdftotext`.
 */
export type PdfFacts = {
  pages: number
  widthPt: number
  heightPt: number
  /** The pages as laid out (`pdftotext -layout`): columns side by side, a wrapped cell on several lines. */
  text: string
  /** The words in reading order with every run of spaces and line breaks as one space
   * (`pdftotext -raw`): a phrase wrapped inside a table cell reads whole. */
  flow: string
}

export class PrintView {
  constructor(
    readonly page: Page,
    readonly server: CoachbookServer,
  ) {}

  /** Opens a print route and waits for its `data-print-ready` signal (never a sleep). */
  async open(route: string): Promise<void> {
    await this.page.goto(`${this.server.origin}/#${route}`)
    await expect(this.page.locator('html')).toHaveAttribute('data-print-ready', 'true')
  }

  /** Prints the open view to `file` with the paper its @page rule asks for. */
  async pdf(file: string): Promise<PdfFacts> {
    await this.page.pdf({ path: file, preferCSSPageSize: true })
    return readPdf(file)
  }
}

export function readPdf(file: string): PdfFacts {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  const flow = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  return { pages, widthPt: Number(size?.[1]), heightPt: Number(size?.[2]), text, flow }
}

/** A4 is 595 × 842 pt, US Letter 612 × 792 pt. */
export const PAPER_PT = { a4: { width: 595, height: 842 }, letter: { width: 612, height: 792 } } as const

export type Box = { x: number; y: number; width: number; height: number }

/**
 * The share of dark pixels inside `box` (in PDF points from the page's top left) on one page,
 * rasterised in greyscale with pdftoppm: a drawn chart has marks; a blank one is white.
 */
export function inkShare(file: string, pageNumber: number, box: Box, dpi = 50): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(pageNumber), '-l', String(pageNumber), file])
  // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('pdftoppm did not answer a PGM image')
  const width = Number(header[1])
  const pixels = pgm.subarray(header[0].length)
  const scale = dpi / 72
  const [x0, y0] = [Math.floor(box.x * scale), Math.floor(box.y * scale)]
  const [x1, y1] = [Math.ceil((box.x + box.width) * scale), Math.ceil((box.y + box.height) * scale)]
  let dark = 0
  let total = 0
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      total++
      if ((pixels[y * width + x] ?? 255) < 160) dark++
    }
  }
  return total === 0 ? 0 : dark / total
}

type Word = { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }

/** Every word of the PDF with its page and box in points (`pdftotext -bbox`). */
export function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' })
  const words: Word[] = []
  let page = 0
  for (const match of html.matchAll(/<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (match[0] === '<page') {
      page++
      continue
    }
    words.push({ page, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: match[5] ?? '' })
  }
  return words
}

/** Where a run of words (e.g. a chart's caption) starts: its page and the box of its first word. */
export function findWords(words: readonly Word[], phrase: string): Word | undefined {
  const wanted = phrase.split(/\s+/)
  return words.find((_, i) => wanted.every((w, j) => words[i + j]?.text === w))
}
