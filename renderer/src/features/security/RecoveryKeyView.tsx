import { useEffect, useRef } from 'react'
import { Button } from '../../components/Button'

/**
 * The recovery key, shown once, right after encryption is turned on: to print, save as a file or
 * copy. Printing prints this sheet alone (security.css). It is the journal's key: whoever holds it
 * can read the journal, so it is kept away from the computer.
 */
export function RecoveryKeyView({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  const print = () => {
    const root = document.documentElement
    root.classList.add('printing-recovery-key')
    const done = () => {
      root.classList.remove('printing-recovery-key')
      window.removeEventListener('afterprint', done)
    }
    window.addEventListener('afterprint', done)
    window.print()
  }

  const save = () => {
    const text = `Coachbook recovery key\n\n${recoveryKey}\n\nIt opens your encrypted journal if the passphrase is forgotten. Keep it somewhere safe, away from the computer.\n`
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }))
    const link = document.createElement('a')
    link.href = url
    link.download = 'coachbook-recovery-key.txt'
    link.click()
    setTimeout(() => URL.revokeObjectURL(url))
  }

  return (
    <div className="recovery-key-sheet settings-fields">
      <h3 ref={heading} tabIndex={-1}>
        Your recovery key
      </h3>
      <p>
        The journal is encrypted. If you forget the passphrase, this key is the only way to open it. Print it or save it now and
        keep it somewhere safe, away from this computer: it is shown only this once.
      </p>
      <code className="recovery-key" aria-label="Recovery key" data-testid="recovery-key">
        {recoveryKey}
      </code>
      <div className="privacy-actions">
        <Button onClick={print}>Print…</Button>
        <Button onClick={save}>Save as a file…</Button>
        <Button onClick={() => void navigator.clipboard?.writeText(recoveryKey)}>Copy</Button>
        <Button variant="primary" onClick={onDone}>
          I have kept it safe
        </Button>
      </div>
    </div>
  )
}
