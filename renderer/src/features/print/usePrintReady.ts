import { useEffect } from 'react'

/**
 * Sets `data-print-ready="true"` on <html> once the view is laid out (`laidOut`), the fonts
 * have loaded and two frames have painted (charts included): the signal Electron's hidden window
 * and the end-to-end tests wait for before printing. With `autoPrint` (browser mode's Print
 * button) the browser's print dialog opens at that moment.
 */
export function usePrintReady(laidOut: boolean, autoPrint: boolean): void {
  useEffect(() => {
    if (!laidOut) return
    let cancelled = false
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
    void document.fonts.ready
      .then(nextFrame)
      .then(nextFrame)
      .then(() => {
        if (cancelled) return
        document.documentElement.dataset['printReady'] = 'true'
        if (autoPrint) window.print()
      })
    return () => {
      cancelled = true
      delete document.documentElement.dataset['printReady']
    }
  }, [laidOut, autoPrint])
}
