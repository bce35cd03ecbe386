import type { FalsePositive } from './verdict.mjs'
export const FALSE_POSITIVES: FalsePositive[]
