import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useState, useSyncExternalStore, type FormEvent } from 'react'
import { useApi } from '../api/ApiProvider'
import { connection as pageConnection, type Connection } from '../api/live/connection'
import { Button } from '../components/Button'
import { Field } from '../components/Field'
import { reconnectWith } from './reconnect'
import './ConnectionLost.css'

/** How often a tab that lost its server asks whether it is back. */
export const RECONNECT_POLL_MS = 2000

/**
 * Browser mode when the server went away or restarted (api/live/connection.ts): said above the
 * page, never instead of it, so words not yet saved stay on screen to read and copy. Each start
 * of `coachbook serve` prints a new private address; pasting it here (or opening it in another
 * tab) reconnects this tab, and every form saves what it holds.
 */
export function ConnectionLost({ connection = pageConnection }: { connection?: Connection }) {
  const state = useSyncExternalStore(connection.subscribe, connection.getSnapshot)
  const api = useApi()
  const queryClient = useQueryClient()
  const headingId = useId()
  const [address, setAddress] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    document.documentElement.dataset['connection'] = state
  }, [state])

  // Back again: what other tabs or programs changed meanwhile is read afresh.
  useEffect(() => connection.onReconnect(() => void queryClient.invalidateQueries()), [connection, queryClient])

  // While lost, ask now and then: opening the new address in another tab is enough to come back.
  useEffect(() => {
    if (state === 'connected') return
    const timer = setInterval(() => void api.app.info({}), RECONNECT_POLL_MS)
    return () => clearInterval(timer)
  }, [state, api])

  if (state === 'connected') return null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const outcome = await reconnectWith(address, window.location.origin)
    if (outcome.ok) {
      setProblem(null)
      setAddress('')
      await api.app.info({})
    } else {
      setProblem(outcome.message)
    }
    setBusy(false)
  }

  return (
    <section className="connection-lost" aria-labelledby={headingId}>
      <div role="alert" className="connection-lost__message">
        <h2 id={headingId} className="connection-lost__heading">
          {state === 'restarted' ? 'Coachbook was restarted' : 'Coachbook is not answering'}
        </h2>
        <p>
          {state === 'restarted'
            ? 'This page was opened from its previous address, which no longer works.'
            : 'It may have been stopped or be starting again; start it with coachbook serve if it is not running.'}{' '}
          <strong>What you typed on this page is still here</strong> and is saved as soon as the page is connected again. You can
          also select and copy it.
        </p>
      </div>
      {state === 'restarted' && (
        <form className="connection-lost__form" onSubmit={(event) => void submit(event)}>
          <Field
            label="The new address Coachbook printed in the terminal"
            description="It looks like http://127.0.0.1:4785/?token=… — or open it in another tab, and this page reconnects by itself."
            error={problem}
          >
            {(control) => (
              <input
                {...control}
                type="url"
                className="input"
                autoComplete="off"
                spellCheck={false}
                value={address}
                onChange={(event) => setAddress(event.target.value)}
              />
            )}
          </Field>
          <Button type="submit" variant="primary" busy={busy}>
            Reconnect and save
          </Button>
        </form>
      )}
    </section>
  )
}
