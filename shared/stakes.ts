import type { Stakes } from './domain'

/**
 * DOMAIN.md: a call's stakes are its explicit stakes when set; otherwise interstate when the deal
 * value reaches the threshold (both known), else sidewalk.
 */
export function effectiveStakes(
  call: { stakes: Stakes | null; dealValue: number | null },
  interstateThreshold: number | null,
): Stakes {
  if (call.stakes) return call.stakes
  if (call.dealValue !== null && interstateThreshold !== null && call.dealValue >= interstateThreshold) {
    return 'interstate'
  }
  return 'sidewalk'
}
