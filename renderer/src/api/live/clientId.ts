/**
 * This tab's (or window's) name for the journal's change announcements (shared/journalEvents.ts):
 * the core announces a change to everyone but its origin, so a tab is not told of its own saves.
 * Random per page load; it names nothing else and is never stored.
 */
export const CLIENT_ID: string = makeClientId()

function makeClientId(): string {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
