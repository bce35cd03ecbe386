import type { Role, Stakes } from '../../../../../shared/domain'

/**
 * Okabe–Ito colours (distinguishable with every common colour-vision deficiency; black left out
 * so the dark theme keeps every series visible). Colour is never the only cue: each series also
 * has a pattern, dash or marker shape, so a chart stays legible printed in black and white.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const

export type PatternName = 'solid' | 'hatch' | 'cross' | 'dots' | 'vertical'

export type SeriesStyle = { color: string; pattern: PatternName; dash?: string; marker: 'circle' | 'square' | 'triangle' | 'diamond' }

/** The crutch gets the warm, cross-hatched style: the one to shrink stands out in colour and in grey. */
export const ROLE_STYLES: Record<Role, SeriesStyle> = {
  visiting_dignitary: { color: OKABE_ITO.sky, pattern: 'solid', marker: 'circle' },
  depth_and_breadth: { color: OKABE_ITO.green, pattern: 'dots', marker: 'square' },
  technical_expert: { color: OKABE_ITO.orange, pattern: 'vertical', marker: 'diamond' },
  crutch: { color: OKABE_ITO.vermillion, pattern: 'cross', marker: 'triangle' },
}

export const STAKES_STYLES: Record<Stakes, SeriesStyle> = {
  sidewalk: { color: OKABE_ITO.vermillion, pattern: 'cross', marker: 'circle' },
  interstate: { color: OKABE_ITO.blue, pattern: 'solid', marker: 'triangle' },
}

export const RESCUE_STYLE: SeriesStyle = { color: OKABE_ITO.vermillion, pattern: 'hatch', marker: 'square' }
export const ROLLING_STYLE: SeriesStyle = { color: OKABE_ITO.blue, pattern: 'solid', dash: '6 3', marker: 'circle' }
export const ASK_STYLE: SeriesStyle = { color: OKABE_ITO.green, pattern: 'solid', marker: 'circle' }
/** Sessions' ask share: another colour, a dash and a square, so it never reads as the calls' line. */
export const SESSION_ASK_STYLE: SeriesStyle = { color: OKABE_ITO.purple, pattern: 'solid', dash: '6 3', marker: 'square' }
export const PREBRIEF_STYLE: SeriesStyle = { color: OKABE_ITO.blue, pattern: 'solid', marker: 'circle' }
export const DEBRIEF_STYLE: SeriesStyle = { color: OKABE_ITO.orange, pattern: 'solid', dash: '5 4', marker: 'square' }
export const HEAT_COLOR = OKABE_ITO.blue
