import { useId, type ReactNode } from 'react'
import type { Choice } from './mergedEditor'
import './ConflictPanel.css'

export type ConflictItem = {
  field: string
  /** The field's name as the form shows it. */
  label: string
  /** The other version, as it would read in the field. */
  theirs: ReactNode
  /** Text, notes and lists can keep both versions; a choice (a role, a number) cannot. */
  canKeepBoth: boolean
}

/**
 * The fields changed both here and in another window (docs/conflicts.md). The person's own
 * words stay in the form below; here is the other version, and the choice: keep mine, use the
 * other, or keep both. Until they choose, the field is not saved and leaving the page asks first.
 */
export function ConflictPanel({ items, onChoose }: { items: readonly ConflictItem[]; onChoose: (field: string, choice: Choice) => void }) {
  const headingId = useId()
  if (items.length === 0) return null
  return (
    <section className="conflicts" aria-labelledby={headingId}>
      <h3 id={headingId} className="conflicts__heading">
        {items.length === 1 ? 'Changed in another window too' : `${items.length} fields changed in another window too`}
      </h3>
      <p className="conflicts__lead">
        While you were writing here, the same {items.length === 1 ? 'field was' : 'fields were'} saved with other words somewhere
        else. Your version is still in the form below and has not been saved over the other. Choose which to keep.
      </p>
      <ul className="conflicts__list">
        {items.map((item) => (
          <ConflictRow key={item.field} item={item} onChoose={onChoose} />
        ))}
      </ul>
    </section>
  )
}

function ConflictRow({ item, onChoose }: { item: ConflictItem; onChoose: (field: string, choice: Choice) => void }) {
  const labelId = useId()
  return (
    <li className="conflicts__item">
      <h4 id={labelId} className="conflicts__field">
        {item.label}
      </h4>
      <p className="conflicts__caption">The other window saved:</p>
      <div className="conflicts__theirs">{item.theirs}</div>
      <div className="conflicts__actions" role="group" aria-label={`Which version of “${item.label}” to keep`}>
        <button type="button" className="conflicts__button" onClick={() => onChoose(item.field, 'mine')}>
          Keep mine
        </button>
        <button type="button" className="conflicts__button" onClick={() => onChoose(item.field, 'theirs')}>
          Use the other version
        </button>
        {item.canKeepBoth && (
          <button type="button" className="conflicts__button" onClick={() => onChoose(item.field, 'both')}>
            Keep both
          </button>
        )}
      </div>
    </li>
  )
}
