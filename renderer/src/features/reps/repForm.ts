import type { Rep } from '../../../../shared/entities'
import type { RepCreateInput } from '../../api/useReps'

export const REP_FIELDS = ['name', 'title', 'startedOn'] as const
export type RepField = (typeof REP_FIELDS)[number]
export type RepFormValues = Record<RepField, string>

export const emptyRepForm: RepFormValues = { name: '', title: '', startedOn: '' }

export function repToForm(rep: Rep): RepFormValues {
  return { name: rep.name, title: rep.title ?? '', startedOn: rep.startedOn ?? '' }
}

/**
 * What the form sends. Blank optional fields go as null so an edit can clear them; the core
 * trims, validates and answers with the field to fix.
 */
export function formToRepInput(values: RepFormValues): RepCreateInput {
  return {
    name: values.name,
    title: values.title.trim() === '' ? null : values.title,
    startedOn: values.startedOn === '' ? null : values.startedOn,
  }
}
