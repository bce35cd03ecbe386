import { useState } from 'react'
import type { PrintAction } from '../../../../shared/printBridge'
import { formatPrintRoute, type PrintRoute } from '../../../../shared/printRoutes'
import { Button } from '../../components/Button'
import { useToast } from '../../components/Toast'
import { printOut } from './printOut'

export type PrintButtonsProps = {
  /** The print view to send out, e.g. `{ kind: 'debrief', callId }` (shared/printRoutes.ts). */
  view: PrintRoute
}

/** What is printed, for the buttons' accessible names and messages. */
const WHAT: Record<PrintRoute['kind'], string> = {
  debrief: 'the debrief sheet',
  rep: 'the one-on-one sheet',
  report: 'the progress report',
}

/**
 * Print… and Save as PDF… for a screen's print view; a screen adds them with one line. Private
 * notes never reach paper: the print views read only `print.*` operations.
 */
export function PrintButtons({ view }: PrintButtonsProps) {
  const route = formatPrintRoute(view)
  const what = WHAT[view.kind]
  const toast = useToast()
  const [busy, setBusy] = useState<PrintAction | null>(null)
  const run = async (action: PrintAction) => {
    setBusy(action)
    try {
      const result = await printOut(route, action)
      if (!result.ok) toast.show(`Could not print ${what}: ${result.error.message}`, 'error')
      else if (result.value.done === 'saved') toast.show(`Saved ${what} as ${result.value.path}`, 'success')
    } finally {
      setBusy(null)
    }
  }
  return (
    <>
      <Button onClick={() => void run('print')} busy={busy === 'print'} aria-label={`Print ${what}`}>
        Print…
      </Button>
      {/* The accessible name begins with the visible words, so "click Save as PDF" works by voice. */}
      <Button onClick={() => void run('pdf')} busy={busy === 'pdf'} aria-label={`Save as PDF: ${what}`}>
        Save as PDF…
      </Button>
    </>
  )
}
