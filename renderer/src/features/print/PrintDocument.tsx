import { useEffect, useLayoutEffect, type ReactNode } from 'react'
import { useSearchParams } from 'wouter'
import type { PaperSize } from '../../../../shared/domain'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { contentBox, pageCss, type RunningText } from './pageCss'
import { usePrintReady } from './usePrintReady'
import './print.css'

export type PrintDocumentProps = {
  paperSize: PaperSize
  running: RunningText
  /** The window title, which Save as PDF also offers as the file name. */
  title: string
  /** True once the data is in and the layout settled (e.g. the debrief sheet fitted its page). */
  laidOut: boolean
  /** `sheet`: exactly one page; `flow`: as many pages as it takes. */
  layout: 'sheet' | 'flow'
  children: ReactNode
}

/**
 * The frame of every print view: the @page rules, a paper-width column (so the screen preview
 * wraps lines as the paper will), a Print button on screen only, and the print-ready signal.
 */
export function PrintDocument({ paperSize, running, title, laidOut, layout, children }: PrintDocumentProps) {
  const [params] = useSearchParams()
  useDocumentTitle(title)
  usePrintReady(laidOut, params.get('autoprint') === '1')
  // Before the browser lays the page out (a layout effect, not a passive one): the attribute
  // restyles the whole document (paper colours, a 10pt root font), and set in a passive effect it
  // came after the charts' own effects had measured the page, so an 11-page report was styled and
  // laid out twice over before its first paint (issue 13).
  useLayoutEffect(() => {
    // Print views are always light, whatever the screen's theme: paper is white.
    document.documentElement.dataset['printView'] = 'true'
    return () => {
      delete document.documentElement.dataset['printView']
    }
  }, [])
  const box = contentBox(paperSize)

  return (
    <div className="print-view">
      <style>{pageCss(paperSize, running)}</style>
      {/* In a landmark of its own, like everything outside the paper: a screen reader's list of
          regions then holds the print controls as well as the sheet. */}
      <header>
        <div className="print-toolbar" role="toolbar" aria-label="Print">
          <button type="button" className="print-toolbar__button" onClick={() => window.print()}>
            Print…
          </button>
          <span className="print-toolbar__hint">Choose “Save as PDF” as the printer to keep a file.</span>
        </div>
      </header>
      <main
        className={`print-paper print-paper--${layout}`}
        style={{ width: `${box.widthMm}mm`, ...(layout === 'sheet' ? { height: `${box.heightMm - 1}mm` } : {}) }}
      >
        {children}
      </main>
    </div>
  )
}

/**
 * Shown instead of a sheet while loading, or when it cannot be made (`failed`): then the page is
 * marked `data-print-ready="error"` so a hidden print window stops waiting and says why.
 */
export function PrintMessage({ title, failed = false, children }: { title: string; failed?: boolean; children?: ReactNode }) {
  useDocumentTitle(title)
  useEffect(() => {
    if (!failed) return
    document.documentElement.dataset['printReady'] = 'error'
    return () => {
      delete document.documentElement.dataset['printReady']
    }
  }, [failed])
  return (
    <div className="print-view">
      <main className="print-paper print-paper--message" role={failed ? 'alert' : 'status'} data-print-error={failed || undefined}>
        <h1>{title}</h1>
        {children && <p>{children}</p>}
      </main>
    </div>
  )
}
