import { createContext, useContext } from 'react'
import type { PrintAction } from '../../../../shared/printBridge'

/** Which list the palette shows: everything, or the calls to pick for a new pre-brief or debrief. */
export type PaletteMode = 'root' | 'prebrief' | 'debrief'

/** What any screen can ask of the app as a whole, wherever the user is. */
export type Commands = {
  openPalette: (mode?: PaletteMode) => void
  /** The new-call form, preselecting a rep (e.g. on that rep's page). */
  newCall: (options?: { repId?: string | undefined }) => void
  /** The log-a-session form, preselecting a rep. */
  logSession: (options?: { repId?: string | undefined }) => void
  showShortcuts: () => void
  /** Moves to the search screen (with this text, when given) and puts the focus in its box. */
  search: (text?: string) => void
  /** Prints, or saves as PDF, the print view of the screen showing (usePrintScreen). */
  print: (action: PrintAction) => void
}

export const CommandsContext = createContext<Commands | null>(null)

export function useCommands(): Commands {
  const commands = useContext(CommandsContext)
  if (!commands) throw new Error('useCommands needs the GlobalCommands provider (the shell) above it')
  return commands
}
