/** The list with the item at `from` moved to `to` (clamped to the list); the same list when it cannot move. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to))
  if (from < 0 || from >= list.length || from === target) return [...list]
  const next = [...list]
  const [item] = next.splice(from, 1) as [T]
  next.splice(target, 0, item)
  return next
}
