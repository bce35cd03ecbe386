import { useCommands } from './commandsContext'
import { paletteKeys } from './shortcuts'
import './palette.css'

/** The palette's door for pointer users, and a reminder of its keys for everyone. */
export function PaletteButton() {
  const commands = useCommands()
  const keys = paletteKeys()
  return (
    <button type="button" className="command-button" onClick={() => commands.openPalette()} aria-keyshortcuts={keys.join('+').replace('⌘', 'Meta').replace('Ctrl', 'Control')}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M10.5 10.5L14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span className="command-button__text">Search or run a command</span>
      <span className="palette__keys" aria-hidden="true">
        {keys.map((key) => (
          <kbd key={key}>{key}</kbd>
        ))}
      </span>
    </button>
  )
}
