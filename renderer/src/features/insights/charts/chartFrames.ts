/**
 * What a drawn chart's frame is on screen — its name for assistive technology and the height of
 * its box — kept apart from the drawings so the Insights screen can hold each chart's place,
 * at its own size, while the charting library is still loading (./ChartPlaceholder.tsx). The
 * charts take their frame from here too, so the two cannot drift apart.
 */
export const CHART_FRAMES = {
  rescueRate: { label: 'Rescue rate over time', height: 260 },
  roleMix: { label: 'Role mix over time', height: 260 },
  rescueScatter: { label: 'Rescues against deal value', height: 280 },
  askShare: { label: 'Ask share over time', height: 240 },
  briefRates: { label: 'Pre-brief and debrief rates', height: 240 },
  calibration: { label: 'Predicted takeover chance against what happened', height: 280 },
} as const satisfies Record<string, { label: string; height: number }>

/** The height of each rep's panel among the self-sufficiency small multiples. */
export const SELF_SUFFICIENCY_PANEL_H = 130

/** A rep's panel's name, on the panel and on its chart. */
export const selfSufficiencyLabel = (repName: string) => `${repName} self-sufficiency over time`
