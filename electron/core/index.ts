/**
 * The core's public surface: everything the Electron, browser and CLI faces need.
 * Implemented in ./journal.ts (helper A); this file only re-exports it.
 */
export { openCore, type Core, type CoreOptions } from './journal'
export {
  dataKeyFromPassphrase,
  isJournalEncrypted,
  turnOffEncryption,
  turnOnEncryption,
} from './encryption/journalEncryption'
export { OlderSchema } from './db/open'
export { lookAtJournal, type JournalLook } from './db/journalHealth'
export { probeSchemaVersion, SCHEMA_VERSION, UPGRADE_NOTICE } from './db/migrations'
export { checkFileWithSqlite } from './db/integrity'
