import { Dialog } from '../../components/Dialog'
import { SINGLE_KEY_SHORTCUTS, lockKeys, paletteKeys, saveKeys } from './shortcuts'
import './palette.css'

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((key) => (
        <kbd key={key}>{key}</kbd>
      ))}
    </>
  )
}

/** Every shortcut in one place, opened with "?" or from the palette. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Keyboard shortcuts"
      description="The single keys work whenever you are not typing in a field."
    >
      <div className="stack">
        <table className="shortcuts-table">
          <caption>Anywhere</caption>
          <tbody>
            <tr>
              <th scope="row">
                <Keys keys={paletteKeys()} />
              </th>
              <td>Open the command palette: actions, screens and quick search</td>
            </tr>
            <tr>
              <th scope="row">
                <Keys keys={lockKeys()} />
              </th>
              <td>Lock the journal (once it is encrypted in Settings → Privacy)</td>
            </tr>
            <tr>
              <th scope="row">
                <Keys keys={saveKeys()} />
              </th>
              <td>Save now, on a pre-brief, a debrief or a session (they also save as you type)</td>
            </tr>
            {SINGLE_KEY_SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.action}>
                <th scope="row">
                  <Keys keys={shortcut.keys} />
                </th>
                <td>{shortcut.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="shortcuts-table">
          <caption>In the command palette</caption>
          <tbody>
            <tr>
              <th scope="row">
                <Keys keys={['↑', '↓']} />
              </th>
              <td>Move through the list</td>
            </tr>
            <tr>
              <th scope="row">
                <Keys keys={['Enter']} />
              </th>
              <td>Choose</td>
            </tr>
            <tr>
              <th scope="row">
                <Keys keys={['Esc']} />
              </th>
              <td>Back to the commands, then close</td>
            </tr>
          </tbody>
        </table>
        <table className="shortcuts-table">
          <caption>On the search screen</caption>
          <tbody>
            <tr>
              <th scope="row">
                <Keys keys={['↓']} />
              </th>
              <td>From the search box into the results; ↑ and ↓ move between them</td>
            </tr>
            <tr>
              <th scope="row">
                <Keys keys={['Enter']} />
              </th>
              <td>Open the result</td>
            </tr>
          </tbody>
        </table>
      </div>
    </Dialog>
  )
}
