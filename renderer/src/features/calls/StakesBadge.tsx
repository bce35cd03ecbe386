import type { Stakes } from '../../../../shared/domain'
import { STAKES_HINTS, STAKES_LABELS } from '../../../../shared/labels'
import { Badge } from '../../components/Badge'

/** Sidewalk calls are where reps learn by trying; interstate calls are the year's biggest deals. */
export function StakesBadge({ stakes }: { stakes: Stakes }) {
  return (
    <Badge tone={stakes === 'interstate' ? 'warning' : 'info'} title={STAKES_HINTS[stakes]}>
      {STAKES_LABELS[stakes]}
    </Badge>
  )
}
