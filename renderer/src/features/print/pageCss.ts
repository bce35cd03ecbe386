import type { PaperSize } from '../../../../shared/domain'

/**
 * The printed page: paper from Settings, margins, and the running header and footer drawn in the
 * page's own @page margin boxes — so the browser's print dialog, Electron's print/printToPDF and
 * Playwright's page.pdf all print the same page numbers and period from one layout.
 */
export type Paper = { cssSize: string; widthMm: number; heightMm: number }

export const PAPERS: Record<PaperSize, Paper> = {
  a4: { cssSize: 'A4', widthMm: 210, heightMm: 297 },
  letter: { cssSize: 'letter', widthMm: 215.9, heightMm: 279.4 },
}

/** Top and bottom leave room for the running header and the page number. */
export const MARGIN_MM = { top: 16, bottom: 16, side: 14 }

/** The area inside the margins, where the layout lives (screen preview included). */
export function contentBox(paperSize: PaperSize): { widthMm: number; heightMm: number } {
  const paper = PAPERS[paperSize]
  return { widthMm: paper.widthMm - 2 * MARGIN_MM.side, heightMm: paper.heightMm - MARGIN_MM.top - MARGIN_MM.bottom }
}

/** A CSS string literal: quotes and backslashes escaped, line breaks flattened. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n\f]+/g, ' ')
  return `"${escaped}"`
}

export type RunningText = { topLeft: string; topRight?: string; bottomLeft?: string }

export function pageCss(paperSize: PaperSize, running: RunningText): string {
  const paper = PAPERS[paperSize]
  const box = (content: string, align: string) =>
    `content: ${content}; font-family: system-ui, 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #333; text-align: ${align};`
  return [
    '@page {',
    `  size: ${paper.cssSize};`,
    `  margin: ${MARGIN_MM.top}mm ${MARGIN_MM.side}mm ${MARGIN_MM.bottom}mm;`,
    `  @top-left { ${box(cssString(running.topLeft), 'left')} }`,
    running.topRight ? `  @top-right { ${box(cssString(running.topRight), 'right')} }` : '',
    running.bottomLeft ? `  @bottom-left { ${box(cssString(running.bottomLeft), 'left')} }` : '',
    `  @bottom-right { ${box('"Page " counter(page) " of " counter(pages)', 'right')} }`,
    '}',
  ]
    .filter(Boolean)
    .join('\n')
}
