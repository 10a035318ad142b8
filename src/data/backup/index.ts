/**
 * Whole-service backups. A restore (replace) is `readBackup`, which checks everything without
 * touching the database, then `planRestore` for the summary and `applyRestore` in one transaction.
 */
export { createBackup, type BackupFile } from './write';
export { readBackup } from './read';
export { applyRestore, planRestore } from './restore';
export { backupStatus, type BackupStatus } from './status';
export { pruneRemovalNotes, pruningWarning } from './pruning';
