/**
 * Where a browser-mode page keeps its launch's token: a key of its origin's local storage
 * (renderer/src/api/transports/session.ts explains why storage and not a cookie).
 */
export const SESSION_STORAGE_KEY = 'coachbook.session'
