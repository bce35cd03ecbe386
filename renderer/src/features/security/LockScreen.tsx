import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { SecurityStatus } from '../../../../shared/security'
import { mapFieldErrors } from '../../api/errors'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { APP_NAME } from '../../lib/useDocumentTitle'
import { forgetJournal, useUnlock } from './useSecurity'

/**
 * The only screen of a locked journal: no names, no dates, no counts, not even in the window's
 * title. Unlocked with the passphrase, or the recovery key when it is forgotten (or the key file
 * beside the journal is lost, when only the recovery key can open it).
 */
export function LockScreen({ status }: { status: SecurityStatus }) {
  const [useRecoveryKey, setUseRecoveryKey] = useState(status.keyFileMissing)
  const [secret, setSecret] = useState('')
  const [remember, setRemember] = useState(status.remembered ?? false)
  const unlock = useUnlock()
  const input = useRef<HTMLInputElement>(null)

  const queryClient = useQueryClient()
  useEffect(() => {
    // However the journal came to be locked, nothing of it stays in memory behind this screen.
    forgetJournal(queryClient)
    document.title = `Locked · ${APP_NAME}`
    document.documentElement.dataset['appState'] = 'locked'
    document.documentElement.dataset['appReady'] = 'true'
    return () => {
      delete document.documentElement.dataset['appState']
    }
  }, [queryClient])

  const field = useRecoveryKey ? 'recoveryKey' : 'passphrase'
  const { fieldErrors, formError } = mapFieldErrors(unlock.error, ['passphrase', 'recoveryKey'] as const)
  const error = fieldErrors[field]

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (secret === '') {
      input.current?.focus()
      return
    }
    const remembering = status.rememberAvailable ? { remember } : {}
    unlock.mutate(useRecoveryKey ? { recoveryKey: secret } : { passphrase: secret, ...remembering }, {
      onError: () => input.current?.select(),
    })
  }

  return (
    <main className="lock-screen" id="main">
      <form className="lock-screen__card" onSubmit={submit} aria-labelledby="lock-heading" noValidate>
        <h1 id="lock-heading">Your journal is locked</h1>
        <p className="muted">
          {useRecoveryKey
            ? status.keyFileMissing
              ? 'The key file beside the journal is missing, so only the recovery key can open it. Type it as it was printed or saved.'
              : 'Type the recovery key as it was printed or saved. Afterwards, set a new passphrase in Settings → Privacy.'
            : 'Type your passphrase to open it.'}
        </p>
        <Field label={useRecoveryKey ? 'Recovery key' : 'Passphrase'} error={error} required>
          {(control) => (
            <input
              {...control}
              ref={input}
              className="input"
              type={useRecoveryKey ? 'text' : 'password'}
              autoComplete={useRecoveryKey ? 'off' : 'current-password'}
              spellCheck={false}
              autoFocus
              value={secret}
              onChange={(event) => setSecret(event.target.value)}
            />
          )}
        </Field>
        {!useRecoveryKey && status.rememberAvailable && (
          <label className="choice">
            <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />
            Remember the passphrase on this computer (kept in the system keychain; the app then opens without asking)
          </label>
        )}
        {formError && <FormAlert>{formError}</FormAlert>}
        <div className="lock-screen__actions">
          <Button type="submit" variant="primary" busy={unlock.isPending}>
            Unlock
          </Button>
          {!status.keyFileMissing && (
            <Button
              variant="ghost"
              onClick={() => {
                setUseRecoveryKey(!useRecoveryKey)
                setSecret('')
                unlock.reset()
                input.current?.focus()
              }}
            >
              {useRecoveryKey ? 'Use the passphrase instead' : 'Forgot the passphrase? Use the recovery key'}
            </Button>
          )}
        </div>
      </form>
    </main>
  )
}
