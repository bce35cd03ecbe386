import { sameValue, type FieldConflict } from '../../../../shared/merge'

/**
 * The editor's side of "two windows, one truth" (docs/conflicts.md), apart from React so it can be
 * reasoned about and tested on its own. An editor keeps, besides the form on screen, the **base**:
 * the form as the journal stored it when this screen last took it in (for a record not stored
 * yet, the form it started with). A save sends the base with the form; the core merges field by
 * field and answers what it stored and the fields it could not take (shared/merge.ts). Then, field
 * by field:
 *
 * - a field the person has not touched since the save left takes what is stored (another window's
 *   change appears), and the base moves with it;
 * - a field being typed in keeps the typing; its base moves only when this screen had changed it
 *   (the core took it), so a change made elsewhere meanwhile is still caught by the next save;
 * - a field the core answered as a conflict keeps the person's words on screen and is **held**:
 *   saves send the stored value for it until the person chooses (keep mine, use the other, keep
 *   both), and the other version is shown. Nothing vanishes.
 *
 * The same rule takes in a fresher copy read after a change elsewhere (`sent` = the base, nothing
 * reported): whatever the person is not changing is refreshed, nothing typed is replaced.
 */
export type Fields = Record<string, unknown>

/** A field held back from saves, with the stored version (as the form shows it) to weigh. */
export type HeldField = { theirs: unknown }
export type Held = Readonly<Record<string, HeldField>>

export type EditingShape<Form, Stored> = {
  fields: readonly (keyof Form & string)[]
  /** The form for a stored record. */
  toForm: (stored: Stored) => Form
  /** The form's fields as compared: equal means "the same words" (trimmed, numbers as numbers). */
  comparable: (form: Form) => Fields
}

export type Reconciled<Form> = { form: Form; base: Form; held: Held }

export function reconcile<Form extends object, Stored>(
  shape: EditingShape<Form, Stored>,
  args: {
    /** The form on screen now (it may have changed while the save was on its way). */
    screen: Form
    /** The form as it was sent (held fields showing their stored value); for a refresh, the base. */
    sent: Form
    /** The base the save stated. */
    sentBase: Form
    /** What the journal holds now. */
    stored: Stored
    /** The fields the core could not take. */
    conflicts: readonly Pick<FieldConflict, 'field'>[]
    held: Held
  },
): Reconciled<Form> {
  const { screen, sent, sentBase, stored, conflicts, held } = args
  const storedForm = shape.toForm(stored)
  const now = shape.comparable(screen)
  const then = shape.comparable(sent)
  const before = shape.comparable(sentBase)
  const after = shape.comparable(storedForm)
  const reported = new Set(conflicts.map((conflict) => conflict.field))
  const form = { ...screen }
  const base = { ...sentBase }
  const nextHeld: Record<string, HeldField> = {}
  for (const field of shape.fields) {
    if (reported.has(field) || field in held) {
      // The person's words stay and saves keep the stored value until they choose; having typed
      // the stored words themselves settles it.
      base[field] = storedForm[field]
      if (!sameValue(now[field], after[field])) nextHeld[field] = { theirs: storedForm[field] }
    } else if (sameValue(now[field], then[field])) {
      if (!sameValue(now[field], after[field])) form[field] = storedForm[field]
      base[field] = storedForm[field]
    } else if (!sameValue(then[field], before[field])) {
      // This screen had changed the field and the core took it: the stored value is its own.
      base[field] = storedForm[field]
    }
    // Otherwise the field is being typed in over an unchanged base: the old base stays, so a
    // change made elsewhere meanwhile is a conflict at the next save rather than overwritten.
  }
  return { form, base, held: nextHeld }
}

/** The form as saves send it: a held field shows its stored value, so the core keeps that. */
export function withHeldBack<Form extends object>(form: Form, base: Form, held: Held): Form {
  const fields = Object.keys(held) as (keyof Form)[]
  if (fields.length === 0) return form
  const out = { ...form }
  for (const field of fields) out[field] = base[field]
  return out
}
