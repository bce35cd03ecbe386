/**
 * Backups, restore and salvage as the faces use them (docs/backups.md): the CLI's `backups`,
 * `backup`, `restore` and `salvage`. The app reaches the same through the contract.
 */
export { createBackupStore, type BackupStore } from './backupStore'
export { restoreJournal } from './restore'
export { salvageJournal } from './salvage'
