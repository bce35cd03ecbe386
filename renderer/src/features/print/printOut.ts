import type { PrintAction, PrintOutcome } from '../../../../shared/printBridge'
import { fail, isResult, ok, type Result } from '../../../../shared/result'
import { withAutoPrint } from '../../../../shared/printRoutes'
import { detectPlatform, type PlatformWindow } from '../../platform'

/**
 * The two ways out of a screen onto paper. In Electron the preload's `printing` bridge asks main
 * to print the route from a hidden window (system dialog) or save it as PDF. In a browser tab the
 * print view opens in a new tab and opens the browser's print dialog itself once it is ready —
 * where "Save as PDF" is one of the printers — so both actions do the same there.
 */
type PrintWindow = Pick<Window, 'open' | 'location'> & PlatformWindow

/** The address of a print view in a new tab of this page. */
export function printTabUrl(route: string, win: Pick<Window, 'location'>): string {
  return `${win.location.pathname}#${withAutoPrint(route)}`
}

export async function printOut(route: string, action: PrintAction, win: PrintWindow = window): Promise<Result<PrintOutcome>> {
  const platform = detectPlatform(win)
  const bridge = platform.kind === 'desktop' ? platform.printing : null
  if (bridge) {
    try {
      const answer = await bridge.request({ action, route })
      return isResult(answer) ? answer : fail('INTERNAL', 'Coachbook answered the print request in a form it does not understand')
    } catch (error) {
      return fail('INTERNAL', `Coachbook could not print: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const tab = win.open(printTabUrl(route, win), '_blank')
  if (!tab) return fail('IO_FAILURE', 'The browser blocked the new tab for printing. Allow pop-ups for Coachbook and try again.')
  return ok({ done: 'printed' })
}
