import { useState } from 'react'
import type { Stakes } from '../../../../shared/domain'
import type { Call, Settings } from '../../../../shared/entities'
import { STAKES_HINTS, STAKES_LABELS } from '../../../../shared/labels'
import { effectiveStakes } from '../../../../shared/stakes'
import { useUpdateCall } from '../../api/useCalls'
import { useToast } from '../../components/Toast'
import { formatMoney } from '../../lib/format'
import { StakesBadge } from '../calls/StakesBadge'
import { Segmented } from './Segmented'

type Choice = 'derived' | Stakes

/** Why the automatic stakes are what they are, in a sentence. */
export function derivedStakesReason(call: Pick<Call, 'dealValue'>, settings: Pick<Settings, 'interstateThreshold' | 'currency'>): string {
  const derived = effectiveStakes({ stakes: null, dealValue: call.dealValue }, settings.interstateThreshold)
  if (settings.interstateThreshold === null) {
    return 'No interstate line is set in Settings yet, so every call counts as sidewalk unless you say otherwise.'
  }
  const line = formatMoney(settings.interstateThreshold, settings.currency)
  if (call.dealValue === null) return `This call has no deal value, so it counts as sidewalk (your interstate line is ${line}).`
  const value = formatMoney(call.dealValue, settings.currency)
  return derived === 'interstate'
    ? `The deal value, ${value}, reaches your interstate line of ${line}.`
    : `The deal value, ${value}, is below your interstate line of ${line}.`
}

/**
 * Sidewalk or interstate for this call: worked out from the deal value and the Settings line,
 * unless the manager says otherwise. Changing it writes the call's own `stakes` at once;
 * "Automatic" clears it again.
 */
export function StakesControl({ call, settings }: { call: Call; settings: Settings }) {
  const update = useUpdateCall()
  const toast = useToast()
  // The choice shows at once (a radio must not wait for the journal to stay checked); it follows
  // the call again whenever the journal's value moves, and goes back to it if the change fails.
  const [local, setLocal] = useState<{ value: Stakes | null; seen: Stakes | null }>({ value: call.stakes, seen: call.stakes })
  let explicit = local.value
  if (local.seen !== call.stakes) {
    explicit = call.stakes
    setLocal({ value: call.stakes, seen: call.stakes })
  }
  const derived = effectiveStakes({ stakes: null, dealValue: call.dealValue }, settings.interstateThreshold)
  const stakes = explicit ?? derived
  const choose = (choice: Choice) => {
    const next = choice === 'derived' ? null : choice
    if (next === explicit) return
    setLocal({ value: next, seen: call.stakes })
    update.mutate(
      { id: call.id, stakes: next },
      {
        onError: (error) => {
          setLocal({ value: call.stakes, seen: call.stakes })
          toast.show(`Could not change the stakes: ${error.message}`, 'error')
        },
      },
    )
  }
  return (
    <div className="stakes-control">
      <div className="stakes-control__now">
        <StakesBadge stakes={stakes} />
        <span>{STAKES_HINTS[stakes]}</span>
      </div>
      <Segmented<Choice>
        name={`stakes-${call.id}`}
        legend="Stakes of this call"
        description={explicit ? `Set by you. ${derivedStakesReason(call, settings)}` : derivedStakesReason(call, settings)}
        options={[
          { value: 'derived', label: `Automatic (${STAKES_LABELS[derived].toLowerCase()})` },
          { value: 'sidewalk', label: STAKES_LABELS.sidewalk },
          { value: 'interstate', label: STAKES_LABELS.interstate },
        ]}
        value={explicit ?? 'derived'}
        onChange={choose}
      />
    </div>
  )
}
