import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import type { IcsEventPreview, IcsImportPreview } from '../../../../shared/exchange'
import { useReps } from '../../api/useReps'
import { Badge } from '../../components/Badge'
import { Button, buttonClass } from '../../components/Button'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { LoadingState } from '../../components/LoadingState'
import { Table } from '../../components/Table'
import { formatDay, formatTime } from '../../lib/format'
import type { LoadedFile } from './ImportWizard'
import { StepHeading, Steps } from './Steps'
import { useIcsApply, useIcsPreview } from './useExchange'

const STEPS = ['Choose a file', 'Choose the meetings', 'Done']

type EventPick = { checked: boolean; repId: string; account: string }
const keyOf = (event: Pick<IcsEventPreview, 'uid' | 'recurrenceId'>) => `${event.uid}\n${event.recurrenceId ?? ''}`

/** A meeting is ticked when it is new and one of its guests is a rep. */
function initialPicks(preview: IcsImportPreview, previous: Record<string, EventPick>): Record<string, EventPick> {
  const picks: Record<string, EventPick> = {}
  for (const event of preview.events) {
    const key = keyOf(event)
    picks[key] = previous[key] ?? {
      checked: !event.alreadyImported && event.suggestedRepId !== null,
      repId: event.suggestedRepId ?? '',
      account: event.suggestedAccount ?? '',
    }
  }
  return picks
}

function when(event: IcsEventPreview): string {
  const day = formatDay(event.date)
  return event.allDay ? `${day}, all day` : `${day}, ${formatTime(event.time)}`
}

/** Calendar meetings become planned calls: tick the ones that were joint calls and say with whom. */
export function IcsImport({ file, onRestart }: { file: LoadedFile; onRestart: () => void }) {
  const preview = useIcsPreview()
  const apply = useIcsApply()
  const reps = useReps()
  const [picks, setPicks] = useState<Record<string, EventPick>>({})
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [tried, setTried] = useState(false)

  const read = (window: { from?: string; to?: string } = {}) =>
    preview.mutate(
      { text: file.text, ...window },
      {
        onSuccess: (result) => {
          setFrom(result.from)
          setTo(result.to)
          setPicks((previous) => initialPicks(result, previous))
        },
      },
    )
  const { mutate } = preview
  useEffect(() => {
    mutate(
      { text: file.text },
      {
        onSuccess: (result) => {
          // The window the file suggests, unless the days were typed while it was being read.
          setFrom((typed) => typed || result.from)
          setTo((typed) => typed || result.to)
          setPicks(initialPicks(result, {}))
        },
      },
    )
  }, [mutate, file.text])

  if (apply.isSuccess) {
    const { created, alreadyImported } = apply.data
    return (
      <div className="import-step">
        <Steps steps={STEPS} current={2} />
        <StepHeading stepKey="done">Meetings imported</StepHeading>
        <p role="status">
          Added {created} planned {created === 1 ? 'call' : 'calls'}.
          {alreadyImported > 0 && ` ${alreadyImported} ${alreadyImported === 1 ? 'was' : 'were'} already in your journal.`} Open each one to
          write its pre-brief.
        </p>
        <div className="import-step__actions">
          <Link href="/calls" className={buttonClass('primary')}>
            See your calls
          </Link>
          <Button onClick={onRestart}>Import another file</Button>
        </div>
      </div>
    )
  }

  const events = preview.data?.events ?? []
  const chosen = events.filter((event) => picks[keyOf(event)]?.checked && !event.alreadyImported)
  const missingRep = chosen.filter((event) => (picks[keyOf(event)]?.repId ?? '') === '')
  const update = (event: IcsEventPreview, change: Partial<EventPick>) =>
    setPicks((current) => {
      const key = keyOf(event)
      const base = current[key] ?? { checked: false, repId: '', account: '' }
      return { ...current, [key]: { ...base, ...change } }
    })
  const activeReps = reps.data ?? []

  return (
    <div className="import-step">
      <Steps steps={STEPS} current={1} />
      <StepHeading stepKey="events">Choose the meetings</StepHeading>
      <p>
        Tick the meetings that were (or will be) joint calls and choose the rep for each. They become planned calls; the pre-brief is
        yours to write, as it starts with the role you mean to play.
      </p>
      <form
        className="import-window"
        onSubmit={(event) => {
          event.preventDefault()
          read({ from, to })
        }}
      >
        <Field label="From">{(control) => <input {...control} className="input" type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />}</Field>
        <Field label="To">{(control) => <input {...control} className="input" type="date" value={to} required onChange={(e) => setTo(e.target.value)} />}</Field>
        <Button type="submit" busy={preview.isPending}>
          Show meetings
        </Button>
      </form>

      {preview.isError ? (
        <>
          <FormAlert>
            <strong>This calendar cannot be read.</strong> {preview.error.message}
          </FormAlert>
          <div className="import-step__actions">
            <Button onClick={onRestart}>Choose another file</Button>
          </div>
        </>
      ) : !preview.data ? (
        <LoadingState label="Reading the calendar…" />
      ) : events.length === 0 ? (
        <p role="status">No meetings in this calendar between {formatDay(preview.data.from)} and {formatDay(preview.data.to)}.</p>
      ) : (
        <form
          className="import-events"
          onSubmit={(event) => {
            event.preventDefault()
            setTried(true)
            if (missingRep.length > 0 || chosen.length === 0) return
            apply.mutate({
              text: file.text,
              from: preview.data?.from,
              to: preview.data?.to,
              picks: chosen.map((e) => {
                const pick = picks[keyOf(e)]
                return { uid: e.uid, recurrenceId: e.recurrenceId, repId: pick?.repId ?? '', account: pick?.account ?? '' }
              }),
            })
          }}
          noValidate
        >
          <p className="muted" role="status">
            {events.length} {events.length === 1 ? 'meeting' : 'meetings'}
            {preview.data.truncated ? ' (the first 500; narrow the dates to see the rest)' : ''}, {chosen.length} ticked.
          </p>
          <div className="import-sample" role="region" aria-label="Meetings in the calendar" tabIndex={0}>
            <Table caption="Meetings in the calendar">
              <thead>
                <tr>
                  <th scope="col">Import</th>
                  <th scope="col">When</th>
                  <th scope="col">Meeting</th>
                  <th scope="col">Rep</th>
                  <th scope="col">Account</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => {
                  const key = keyOf(event)
                  const pick = picks[key] ?? { checked: false, repId: '', account: '' }
                  const label = `${event.summary || 'Untitled meeting'}, ${when(event)}`
                  const repError = tried && pick.checked && !event.alreadyImported && pick.repId === ''
                  return (
                    <tr key={key} className={event.alreadyImported ? 'is-imported' : undefined}>
                      <td>
                        <input
                          type="checkbox"
                          className="import-check"
                          checked={pick.checked && !event.alreadyImported}
                          disabled={event.alreadyImported}
                          aria-label={`Import ${label}`}
                          onChange={(e) => update(event, { checked: e.target.checked })}
                        />
                      </td>
                      <td className="nowrap">
                        {formatDay(event.date, { weekday: true })}
                        <span className="table__secondary">{event.allDay ? 'All day' : formatTime(event.time)}</span>
                      </td>
                      <td>
                        <span className="table__primary">{event.summary || 'Untitled meeting'}</span>
                        {event.location && <span className="table__secondary">{event.location}</span>}
                        {event.attendees.length > 0 && (
                          <span className="table__secondary">
                            With {event.attendees.map((a) => a.name ?? a.email).join(', ')}
                          </span>
                        )}
                        {(event.alreadyImported || event.note) && (
                          <span className="badges">
                            {event.alreadyImported && <Badge>Already imported</Badge>}
                            {event.note && <Badge tone="warning" title={event.note}>Time as written</Badge>}
                          </span>
                        )}
                      </td>
                      <td>
                        <select
                          className="select import-rep"
                          aria-label={`Rep for ${label}`}
                          aria-invalid={repError || undefined}
                          aria-describedby={repError ? `${key}-rep-error` : undefined}
                          value={pick.repId}
                          disabled={event.alreadyImported}
                          onChange={(e) => update(event, { repId: e.target.value, checked: e.target.value !== '' ? true : pick.checked })}
                        >
                          <option value="">Choose a rep…</option>
                          {activeReps.map((rep) => (
                            <option key={rep.id} value={rep.id}>
                              {rep.name}
                            </option>
                          ))}
                        </select>
                        {repError && (
                          <p className="field__error" id={`${key}-rep-error`}>
                            Choose a rep
                          </p>
                        )}
                      </td>
                      <td>
                        <input
                          className="input import-account"
                          aria-label={`Account for ${label}`}
                          value={pick.account}
                          maxLength={500}
                          disabled={event.alreadyImported}
                          onChange={(e) => update(event, { account: e.target.value })}
                        />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </Table>
          </div>
          {activeReps.length === 0 && reps.isSuccess && (
            <FormAlert>
              You have no reps yet. <Link href="/reps">Add your reps</Link> first, then import the calendar.
            </FormAlert>
          )}
          {tried && missingRep.length > 0 && (
            <FormAlert>
              Choose a rep for {missingRep.length === 1 ? 'the ticked meeting' : `each of the ${missingRep.length} ticked meetings`} without one.
            </FormAlert>
          )}
          {apply.isError && <FormAlert>{apply.error.message}</FormAlert>}
          <div className="import-step__actions">
            <Button onClick={onRestart}>Cancel</Button>
            <Button type="submit" variant="primary" busy={apply.isPending} disabled={chosen.length === 0}>
              {apply.isPending ? 'Importing…' : `Import ${chosen.length} ${chosen.length === 1 ? 'meeting' : 'meetings'}`}
            </Button>
          </div>
        </form>
      )}
    </div>
  )
}
