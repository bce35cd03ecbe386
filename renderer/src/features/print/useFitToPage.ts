import { useLayoutEffect, useState, type RefObject } from 'react'

/** Type is not shrunk below this share of its size: smaller stops being legible on paper. */
export const MIN_SHEET_SCALE = 0.8
const STEP = 0.05

/**
 * Keeps a one-page sheet on one page. Long text is already held to a few lines by
 * `.print-clamp` (each block is flagged `data-clamped` when it cut something, so the sheet can
 * say so); if the whole still does not fit, the type shrinks step by step down to
 * MIN_SHEET_SCALE. Whatever is left over is cut by the sheet's fixed height — never a second page.
 * Measured before print-ready, on a column exactly as wide as the paper's printable area.
 */
export function useFitToPage(ref: RefObject<HTMLElement | null>, contentKey: unknown): boolean {
  const [fitted, setFitted] = useState<unknown>(undefined)
  useLayoutEffect(() => {
    const sheet = ref.current
    if (!sheet || contentKey === undefined) return
    const flagClamped = () => {
      for (const block of sheet.querySelectorAll<HTMLElement>('.print-clamp')) {
        block.dataset['clamped'] = String(block.scrollHeight > block.clientHeight + 1)
      }
    }
    const overflows = () => sheet.scrollHeight > sheet.clientHeight + 1
    let scale = 1
    sheet.style.setProperty('--sheet-scale', '1')
    flagClamped()
    while (overflows() && scale - STEP >= MIN_SHEET_SCALE - 1e-9) {
      scale -= STEP
      sheet.style.setProperty('--sheet-scale', scale.toFixed(2))
      flagClamped()
    }
    sheet.dataset['sheetScale'] = scale.toFixed(2)
    setFitted(contentKey)
  }, [ref, contentKey])
  return contentKey !== undefined && fitted === contentKey
}
