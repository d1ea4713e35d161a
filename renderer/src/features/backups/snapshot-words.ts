/**
 * A snapshot's reason and size in the reader's language. The reason is stored English text
 * (runtime/backups.ts writes it with the snapshot); the kinds whose reason is fixed take their
 * words from the messages, and the two that name something (the file imported, the snapshot
 * restored) keep that name. A reason in another form is shown as stored.
 */
import type { SnapshotInfo } from '../../../../shared/backups/snapshot-record';
import type { Translate } from '../../ui/i18n/I18nProvider';

export function snapshotReason(snapshot: Pick<SnapshotInfo, 'kind' | 'reason'>, t: Translate): string {
  const imported = /^Before importing (.+)$/.exec(snapshot.reason);
  const restored = /^Before restoring the snapshot of (.+)$/.exec(snapshot.reason);
  if (snapshot.kind === 'daily' && snapshot.reason === 'Daily backup') return t('data.backups.reason', { kind: 'daily', detail: '' });
  if (snapshot.kind === 'manual' && snapshot.reason === 'Taken by hand') return t('data.backups.reason', { kind: 'manual', detail: '' });
  if (snapshot.kind === 'before-import' && imported) return t('data.backups.reason', { kind: 'import', detail: imported[1]! });
  if (snapshot.kind === 'before-restore' && restored) return t('data.backups.reason', { kind: 'restore', detail: restored[1]! });
  return t('data.backups.reason', { kind: 'stored', detail: snapshot.reason });
}

/** "812 bytes", "14.2 KB", "3.1 MB" (powers of 1,024), numbers in `locale`. */
export function snapshotSize(bytes: number, t: Translate, locale: string): string {
  const one = (value: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return t('data.size.units', { unit: 'bytes', size: bytes });
  if (bytes < 1024 * 1024) return t('data.size.units', { unit: 'kb', size: one(bytes / 1024) });
  return t('data.size.units', { unit: 'mb', size: one(bytes / (1024 * 1024)) });
}
