import type { Result } from './result'

/**
 * The one capability the Electron window has beyond the contract: asking main to print a print
 * route or save it as PDF. It is not a contract operation because only the Electron face can do
 * it (browser mode prints from the tab itself). No imports with code: the sandboxed preload
 * bundles this file.
 */
export const PRINT_IPC_CHANNEL = 'coachbook-shell:print'

export type PrintAction = 'print' | 'pdf'

export type PrintRequest = {
  action: PrintAction
  /** A print route such as `/print/debrief/c1`; main refuses anything else. */
  route: string
}

export type PrintOutcome =
  | { done: 'printed' }
  | { done: 'saved'; path: string }
  /** The user closed a dialog: nothing to report. */
  | { done: 'cancelled' }

/** What the preload adds to `window.coachbook` as `printing`. */
export type PrintBridge = {
  request(request: PrintRequest): Promise<Result<PrintOutcome>>
}
