/** Case and accents do not matter when filtering the palette: "debrief" finds "Débrief". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

export type Filterable = { label: string; keywords?: string | undefined }

/**
 * How well an item matches what was typed, or null when it does not: every typed word must
 * occur in the label or the keywords. The label starting with the text ranks first, then every
 * word starting a word of the label, then matches anywhere.
 */
export function matchScore(item: Filterable, query: string): number | null {
  const words = foldText(query).split(/\s+/u).filter(Boolean)
  if (words.length === 0) return 0
  const label = foldText(item.label)
  const haystack = `${label} ${foldText(item.keywords ?? '')}`
  if (!words.every((word) => haystack.includes(word))) return null
  if (label.startsWith(words.join(' '))) return 3
  const labelWords = label.split(/[^\p{L}\p{N}]+/u)
  if (words.every((word) => labelWords.some((w) => w.startsWith(word)))) return 2
  return 1
}

/** The items that match, best first; equally good ones keep their order. */
export function filterItems<T extends Filterable>(items: readonly T[], query: string): T[] {
  if (query.trim() === '') return [...items]
  return items
    .map((item, index) => ({ item, index, score: matchScore(item, query) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item)
}
