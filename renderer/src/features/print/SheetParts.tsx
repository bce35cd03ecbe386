import type { ReactNode } from 'react'
import type { RichTextDoc } from '../../../../shared/richText'
import { RichTextView } from '../../editor/RichTextView'

/** Small pieces the printed sheets share. */

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? <span className="print-muted">—</span>}</dd>
    </>
  )
}

/** Text or a muted dash: an empty field still shows it was left empty. */
export function Text({ value }: { value: string | null | undefined }) {
  return value && value.trim() ? <>{value}</> : <span className="print-muted">Not recorded</span>
}

/** Long text held to `lines` lines, with a note when it was cut (see useFitToPage). */
export function Clamped({ lines, children }: { lines: number; children: ReactNode }) {
  return (
    <>
      <div className="print-clamp" style={{ ['--clamp-lines' as string]: lines }}>
        {children}
      </div>
      <p className="print-clamp-note">The rest is in Coachbook.</p>
    </>
  )
}

export function ClampedRichText({ doc, lines }: { doc: RichTextDoc | null; lines: number }) {
  return <Clamped lines={lines}>{doc ? <RichTextView doc={doc} /> : <span className="print-muted">Not recorded</span>}</Clamped>
}

/** Boxes to tick, one per repetition (at most 10 fit on a line). */
export function TickBoxes({ count }: { count: number }) {
  return (
    <span className="print-boxes" role="img" aria-label={`${count} boxes to tick, one per repetition`}>
      {Array.from({ length: Math.min(count, 10) }, (_, i) => (
        <span key={i} className="print-box" />
      ))}
    </span>
  )
}

/** Ruled space to write on by hand; the area takes the room left on the page. */
export function RuledNotes({ title, lines = 30 }: { title: string; lines?: number }) {
  return (
    <section className="print-notes" aria-label={title}>
      <h2>{title}</h2>
      <div className="print-notes__lines">
        {Array.from({ length: lines }, (_, i) => (
          <div key={i} className="print-notes__line" />
        ))}
      </div>
    </section>
  )
}

/** A headline number in a box, with an optional line about its change. */
export function Figure({ value, label, change }: { value: string; label: string; change?: string }) {
  return (
    <div className="print-figure-card">
      <div className="print-figure-card__value">{value}</div>
      <div className="print-figure-card__label">{label}</div>
      {change && <div className="print-figure-card__change">{change}</div>}
    </div>
  )
}
