import { useState, type FormEvent, type ReactNode } from 'react'
import { IDLE_LOCK_MAX_MINUTES, PASSPHRASE_MIN_CHARS, type SecurityStatus } from '../../../../shared/security'
import { mapFieldErrors } from '../../api/errors'
import { Button } from '../../components/Button'
import { QueryGate } from '../../components/QueryGate'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { RecoveryKeyView } from './RecoveryKeyView'
import {
  useChangePassphrase,
  useDisableEncryption,
  useEnableEncryption,
  useLock,
  useSecurityStatus,
  useSetIdleLock,
} from './useSecurity'

/** Settings → Privacy: encryption at rest with a passphrase, the recovery key, and the app lock. */
export function PrivacySettings() {
  const status = useSecurityStatus()
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  return (
    <section className="card settings-card" aria-labelledby="settings-privacy-heading">
      <h2 id="settings-privacy-heading">Privacy</h2>
      <QueryGate query={status} loading="Reading the journal’s protection…" failed="The journal’s protection could not be read">
        {(protection) =>
          recoveryKey ? (
            <RecoveryKeyView recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />
          ) : protection.encrypted ? (
            <Encrypted status={protection} />
          ) : (
            <NotEncrypted status={protection} onEncrypted={setRecoveryKey} />
          )
        }
      </QueryGate>
    </section>
  )
}

function NotEncrypted({ status, onEncrypted }: { status: SecurityStatus; onEncrypted: (recoveryKey: string) => void }) {
  const [open, setOpen] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [remember, setRemember] = useState(false)
  const [mismatch, setMismatch] = useState(false)
  const enable = useEnableEncryption()
  const { fieldErrors, formError } = mapFieldErrors(enable.error, ['passphrase'] as const)

  if (!open) {
    return (
      <>
        <p className="muted settings-card__lead">
          The journal is not encrypted: anyone who can open its file can read it. Encrypt it with a passphrase, and it is locked
          when you step away.
        </p>
        <div className="privacy-actions">
          <Button onClick={() => setOpen(true)}>Encrypt the journal…</Button>
        </div>
      </>
    )
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (passphrase !== again) {
      setMismatch(true)
      return
    }
    setMismatch(false)
    enable.mutate(
      { passphrase, ...(status.rememberAvailable ? { remember } : {}) },
      { onSuccess: (enabled) => onEncrypted(enabled.recoveryKey) },
    )
  }

  return (
    <form className="settings-fields" onSubmit={submit} noValidate aria-labelledby="privacy-encrypt-heading">
      <h3 id="privacy-encrypt-heading">Encrypt the journal</h3>
      <p className="privacy-warning" id="privacy-forgotten-warning">
        <strong>A forgotten passphrase cannot be recovered.</strong> Nobody, not even Coachbook, can open the journal without it.
        You will be given a recovery key to print or save: keep it safe, away from this computer.
      </p>
      <Field label="Passphrase" description={`At least ${PASSPHRASE_MIN_CHARS} characters; a few unrelated words are easy to remember and hard to guess.`} error={fieldErrors.passphrase} required>
        {(control) => <input {...control} className="input" type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
      </Field>
      <Field label="The same passphrase again" error={mismatch ? 'The two passphrases are not the same' : null} required>
        {(control) => <input {...control} className="input" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />}
      </Field>
      {status.rememberAvailable && <RememberChoice checked={remember} onChange={setRemember} />}
      {formError && <FormAlert>{formError}</FormAlert>}
      <p className="muted">The journal and its backups are rewritten encrypted. Nothing is changed if anything goes wrong.</p>
      <div className="privacy-actions">
        <Button type="submit" variant="primary" busy={enable.isPending} aria-describedby="privacy-forgotten-warning">
          Encrypt
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  )
}

const IDLE_CHOICES = [1, 5, 15, 30, 60, 240] as const

function Encrypted({ status }: { status: SecurityStatus }) {
  const lock = useLock()
  const idle = useSetIdleLock()
  const [panel, setPanel] = useState<'none' | 'change' | 'disable'>(status.keyFileMissing ? 'change' : 'none')
  const minutes = status.idleLockMinutes
  const choices: (number | null)[] = [...new Set([...IDLE_CHOICES, ...(minutes === null ? [] : [minutes])])].sort((a, b) => a - b)
  return (
    <>
      <p className="muted settings-card__lead">
        The journal and its backups are encrypted. {status.remembered ? 'The passphrase is remembered in this computer’s keychain.' : ''}
      </p>
      {status.keyFileMissing && <FormAlert>The key file beside the journal is missing: set a new passphrase with the recovery key.</FormAlert>}
      <Field label="Lock the journal after" description="Without any use of the app for this long, it locks and asks for the passphrase again.">
        {(control) => (
          <select
            {...control}
            className="input"
            value={minutes === null ? 'never' : String(minutes)}
            disabled={status.keyFileMissing}
            onChange={(event) => idle.mutate({ minutes: event.target.value === 'never' ? null : Number(event.target.value) })}
          >
            {choices.map((choice) => (
              <option key={choice} value={String(choice)}>
                {idleLabel(choice ?? 0)}
              </option>
            ))}
            <option value="never">Never (lock only on demand)</option>
          </select>
        )}
      </Field>
      {idle.isError && <FormAlert>{idle.error.message}</FormAlert>}
      <div className="privacy-actions">
        <Button onClick={() => lock.mutate()} busy={lock.isPending}>
          Lock now
        </Button>
        <Button onClick={() => setPanel(panel === 'change' ? 'none' : 'change')} aria-expanded={panel === 'change'}>
          Change passphrase…
        </Button>
        <Button variant="danger" onClick={() => setPanel(panel === 'disable' ? 'none' : 'disable')} aria-expanded={panel === 'disable'}>
          Turn off encryption…
        </Button>
      </div>
      {panel === 'change' && <ChangePassphrase status={status} onDone={() => setPanel('none')} />}
      {panel === 'disable' && <TurnOff onCancel={() => setPanel('none')} />}
    </>
  )
}

function idleLabel(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`
  return minutes === 1 ? '1 minute' : `${Math.min(minutes, IDLE_LOCK_MAX_MINUTES)} minutes`
}

function ChangePassphrase({ status, onDone }: { status: SecurityStatus; onDone: () => void }) {
  const [withRecoveryKey, setWithRecoveryKey] = useState(status.keyFileMissing)
  const [current, setCurrent] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [remember, setRemember] = useState(status.remembered ?? false)
  const [mismatch, setMismatch] = useState(false)
  const change = useChangePassphrase()
  const { fieldErrors, formError } = mapFieldErrors(change.error, ['current', 'recoveryKey', 'passphrase'] as const)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (passphrase !== again) {
      setMismatch(true)
      return
    }
    setMismatch(false)
    const proof = withRecoveryKey ? { recoveryKey: current } : { current }
    change.mutate({ ...proof, passphrase, ...(status.rememberAvailable ? { remember } : {}) }, { onSuccess: onDone })
  }

  return (
    <form className="settings-fields" onSubmit={submit} noValidate aria-labelledby="privacy-change-heading">
      <h3 id="privacy-change-heading">Change the passphrase</h3>
      <p className="muted">Only the key file beside the journal is rewritten; the recovery key stays the same.</p>
      <Field label={withRecoveryKey ? 'Recovery key' : 'Current passphrase'} error={withRecoveryKey ? fieldErrors.recoveryKey : fieldErrors.current} required>
        {(control) => (
          <input {...control} className="input" type={withRecoveryKey ? 'text' : 'password'} autoComplete={withRecoveryKey ? 'off' : 'current-password'} spellCheck={false} value={current} onChange={(e) => setCurrent(e.target.value)} />
        )}
      </Field>
      {!status.keyFileMissing && (
        <div>
          <Button variant="ghost" size="sm" onClick={() => setWithRecoveryKey(!withRecoveryKey)}>
            {withRecoveryKey ? 'Use the current passphrase instead' : 'Use the recovery key instead'}
          </Button>
        </div>
      )}
      <Field label="New passphrase" description={`At least ${PASSPHRASE_MIN_CHARS} characters.`} error={fieldErrors.passphrase} required>
        {(control) => <input {...control} className="input" type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
      </Field>
      <Field label="The new passphrase again" error={mismatch ? 'The two passphrases are not the same' : null} required>
        {(control) => <input {...control} className="input" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />}
      </Field>
      {status.rememberAvailable && <RememberChoice checked={remember} onChange={setRemember} />}
      {formError && <FormAlert>{formError}</FormAlert>}
      <div className="privacy-actions">
        <Button type="submit" variant="primary" busy={change.isPending}>
          Change passphrase
        </Button>
        {!status.keyFileMissing && (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  )
}

function TurnOff({ onCancel }: { onCancel: () => void }) {
  const [passphrase, setPassphrase] = useState('')
  const disable = useDisableEncryption()
  const { fieldErrors, formError } = mapFieldErrors(disable.error, ['passphrase'] as const)
  return (
    <form
      className="settings-fields"
      noValidate
      aria-labelledby="privacy-off-heading"
      onSubmit={(event) => {
        event.preventDefault()
        disable.mutate({ passphrase })
      }}
    >
      <h3 id="privacy-off-heading">Turn off encryption</h3>
      <p className="privacy-warning">The journal and its backups are rewritten unencrypted: anyone who can open the file can read it again.</p>
      <Field label="Passphrase" error={fieldErrors.passphrase} required>
        {(control) => <input {...control} className="input" type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}
      </Field>
      {formError && <FormAlert>{formError}</FormAlert>}
      <div className="privacy-actions">
        <Button type="submit" variant="danger" busy={disable.isPending}>
          Turn off encryption
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  )
}

function RememberChoice({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }): ReactNode {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      Remember the passphrase on this computer (in the system keychain, so the app opens without asking)
    </label>
  )
}
