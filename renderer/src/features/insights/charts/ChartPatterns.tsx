import type { PatternName } from './palette'

export type PatternSpec = { key: string; color: string; pattern: PatternName }

/** `url(#…)` of a pattern declared by <ChartPatterns> with the same prefix. */
export function patternFill(prefix: string, key: string): string {
  return `url(#${prefix}-${key})`
}

/**
 * SVG fill patterns: the series colour underneath, dark marks on top. In print the colour is
 * dropped to white so the marks alone tell the series apart. Ids carry a per-chart prefix (from
 * useId) because a page holds many charts and pattern ids are global to the document.
 */
export function ChartPatterns({ prefix, specs, print = false }: { prefix: string; specs: readonly PatternSpec[]; print?: boolean }) {
  const ink = print ? '#000' : 'rgb(0 0 0 / 55%)'
  return (
    <defs>
      {specs.map(({ key, color, pattern }) => (
        <pattern key={key} id={`${prefix}-${key}`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill={print ? '#fff' : color} />
          {pattern === 'hatch' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={ink} strokeWidth="1.2" />}
          {pattern === 'cross' && <path d="M0,0 L6,6 M6,0 L0,6" stroke={ink} strokeWidth="1.1" />}
          {pattern === 'dots' && <circle cx="3" cy="3" r="1.3" fill={ink} />}
          {pattern === 'vertical' && <path d="M3,0 V6" stroke={ink} strokeWidth="1.2" />}
          {pattern === 'solid' && print && <rect width="6" height="6" fill="#bbb" />}
        </pattern>
      ))}
    </defs>
  )
}
