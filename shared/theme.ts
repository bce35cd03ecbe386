/**
 * How the screens look: following the computer's light or dark setting, or always one of them.
 * Print views are light whatever is chosen (paper is white). The choice belongs to this
 * computer's window, not to the journal (renderer/src/app/theme.ts, docs/architecture.md).
 */
export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  system: 'Same as the computer',
  light: 'Light',
  dark: 'Dark',
}

/** A stored or received value as a theme; anything unknown follows the computer. */
export function parseTheme(value: unknown): Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value) ? (value as Theme) : 'system'
}

/** The theme after `theme` in THEMES' order, for a command that switches without a menu. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system'
}
