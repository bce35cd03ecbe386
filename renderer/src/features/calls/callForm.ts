import type { Stage, Stakes } from '../../../../shared/domain'
import type { Call } from '../../../../shared/entities'
import type { CallCreateInput } from '../../api/useCalls'
import type { FieldErrors } from '../../api/errors'
import { parseAmount } from '../../lib/format'

export const CALL_FIELDS = ['repId', 'date', 'time', 'account', 'opportunity', 'dealValue', 'stage', 'stakes'] as const
export type CallField = (typeof CALL_FIELDS)[number]

/** The form holds text as typed; `stakes: 'auto'` leaves them to the deal value and the threshold. */
export type CallFormValues = {
  repId: string
  date: string
  time: string
  account: string
  opportunity: string
  dealValue: string
  stage: Stage | ''
  stakes: Stakes | 'auto'
}

export function emptyCallForm(today: string, repId = ''): CallFormValues {
  return { repId, date: today, time: '', account: '', opportunity: '', dealValue: '', stage: '', stakes: 'auto' }
}

export function callToForm(call: Call): CallFormValues {
  return {
    repId: call.repId,
    date: call.date,
    time: call.time ?? '',
    account: call.account ?? '',
    opportunity: call.opportunity ?? '',
    dealValue: call.dealValue === null ? '' : String(call.dealValue),
    stage: call.stage ?? '',
    stakes: call.stakes ?? 'auto',
  }
}

/**
 * The input the core expects, or the fields the form must fix first. Only what cannot travel
 * is checked here (a deal value that is not a number); every other rule is the core's, and its
 * answer lands next to the same fields.
 */
export function formToCallInput(
  values: CallFormValues,
): { ok: true; input: CallCreateInput } | { ok: false; fieldErrors: FieldErrors<CallField> } {
  const amount = parseAmount(values.dealValue)
  if (!amount.ok) return { ok: false, fieldErrors: { dealValue: 'Enter the deal value as a number, such as 42000' } }
  return {
    ok: true,
    input: {
      repId: values.repId,
      date: values.date,
      time: values.time === '' ? null : values.time,
      account: values.account.trim() === '' ? null : values.account,
      opportunity: values.opportunity.trim() === '' ? null : values.opportunity,
      dealValue: amount.value,
      stage: values.stage === '' ? null : values.stage,
      stakes: values.stakes === 'auto' ? null : values.stakes,
    },
  }
}

/** A call's name in lists and titles: its account and opportunity, whichever are known. */
export function callTitle(call: Pick<Call, 'account' | 'opportunity'>): string {
  if (call.account && call.opportunity) return `${call.account} — ${call.opportunity}`
  return call.account ?? call.opportunity ?? 'Untitled call'
}
