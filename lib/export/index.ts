export { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupData, backupToJson, toBackup } from './backup';
export { citeKeyBase, toBibtex, toBibtexEntry } from './bibtex';
export { citationLine } from './citation';
export { CSV_HEADER, toCsv } from './csv';
export { toMarkdown } from './markdown';
export { type MergePlan, planMerge } from './merge';
export { ImportError, parseBackup } from './parse-backup';
