/**
 * The local clock of whoever runs this code: for the faces, never for the rules (the reminders'
 * rules take the clock they are given, shared/reminders.ts). A module of its own, without zod, so
 * the renderer's entry can read it without carrying the schemas.
 */
export function localClock(now: Date): { today: string; time: string } {
  const hh = String(now.getHours()).padStart(2, '0')
  const mm = String(now.getMinutes()).padStart(2, '0')
  const y = String(now.getFullYear()).padStart(4, '0')
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return { today: `${y}-${m}-${d}`, time: `${hh}:${mm}` }
}
