import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { FieldGroup } from '../../components/Field'
import { moveItem } from './listOrder'
import { questionRow, type QuestionRow } from './prebriefForm'

type FocusPart = 'input' | 'up' | 'down'

export type QuestionsEditorProps = {
  value: QuestionRow[]
  onChange: (rows: QuestionRow[]) => void
  error?: string | null | undefined
}

/**
 * The questions the rep plans to ask, in the order they plan to ask them. Every move has a
 * button and a key (Alt+↑ / Alt+↓ in a question's box), never a drag alone; Enter starts the
 * next question. Where a question lands is announced.
 */
export function QuestionsEditor({ value, onChange, error }: QuestionsEditorProps) {
  const base = useId()
  const list = useRef<HTMLOListElement>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  // Where the focus goes once the list has re-rendered: a row's box or one of its buttons.
  const focusTarget = useRef<{ key: string; part: FocusPart } | null>(null)
  const setFocusTarget = (target: { key: string; part: FocusPart }) => {
    focusTarget.current = target
  }
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    const target = focusTarget.current
    if (target === null) return
    focusTarget.current = null
    const row = list.current?.querySelector(`[data-row="${target.key}"]`)
    const wanted = row?.querySelector<HTMLElement>(`[data-part="${target.part}"]:not(:disabled)`)
    ;(wanted ?? row?.querySelector<HTMLElement>('[data-part="input"]'))?.focus()
  }, [value])

  const move = (index: number, to: number, part: FocusPart = 'input') => {
    const row = value[index]
    if (!row || to < 0 || to >= value.length) return
    onChange(moveItem(value, index, to))
    setFocusTarget({ key: row.key, part })
    setAnnouncement(`Question moved to position ${to + 1} of ${value.length}`)
  }

  const add = (at = value.length) => {
    const row = questionRow()
    const next = [...value]
    next.splice(at, 0, row)
    onChange(next)
    setFocusTarget({ key: row.key, part: 'input' })
    setAnnouncement('')
  }

  const remove = (index: number) => {
    const next = value.filter((_, i) => i !== index)
    onChange(next)
    const neighbour = next[Math.min(index, next.length - 1)]
    if (neighbour) setFocusTarget({ key: neighbour.key, part: 'input' })
    else addButton.current?.focus()
    setAnnouncement(neighbour ? `Question removed. ${next.length} left` : 'Question removed. No questions left')
  }

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault()
      move(index, event.key === 'ArrowUp' ? index - 1 : index + 1)
    } else if (event.key === 'Enter' && !event.altKey && !event.shiftKey) {
      event.preventDefault()
      add(index + 1)
    }
  }

  return (
    <FieldGroup
      legend="Questions the rep plans to ask"
      description="In the order the rep means to ask them. Alt+↑ and Alt+↓ move the question you are in; Enter starts the next one."
      error={error}
      optional
      className="questions"
    >
      {value.length > 0 && (
        <ol ref={list} className="questions__list">
          {value.map((row, index) => {
            const n = index + 1
            const inputId = `${base}-${row.key}`
            return (
              <li key={row.key} className="questions__row" data-row={row.key}>
                <label htmlFor={inputId} className="questions__number">
                  <span aria-hidden="true">{n}.</span>
                  <span className="visually-hidden">Question {n}</span>
                </label>
                <input
                  id={inputId}
                  data-part="input"
                  className="input questions__input"
                  type="text"
                  value={row.text}
                  placeholder="A question in the rep’s own words"
                  onChange={(event) => onChange(value.map((r) => (r.key === row.key ? { ...r, text: event.target.value } : r)))}
                  onKeyDown={onKeyDown(index)}
                />
                <span className="questions__actions">
                  <button
                    type="button"
                    className="icon-button"
                    data-part="up"
                    onClick={() => move(index, index - 1, 'up')}
                    disabled={index === 0}
                    aria-label={`Move question ${n} up`}
                    title="Move up (Alt+↑)"
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    data-part="down"
                    onClick={() => move(index, index + 1, 'down')}
                    disabled={index === value.length - 1}
                    aria-label={`Move question ${n} down`}
                    title="Move down (Alt+↓)"
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button type="button" className="icon-button icon-button--danger" onClick={() => remove(index)} aria-label={`Remove question ${n}`} title="Remove">
                    <span aria-hidden="true">×</span>
                  </button>
                </span>
              </li>
            )
          })}
        </ol>
      )}
      <div>
        <button ref={addButton} type="button" className="button button--secondary button--sm" onClick={() => add()}>
          <span aria-hidden="true">+</span> Add a question
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </FieldGroup>
  )
}
