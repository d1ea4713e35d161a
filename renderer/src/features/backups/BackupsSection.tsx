import { useState } from 'react';
import { SNAPSHOT_RETENTION } from '../../../../shared/backups/retention';
import { useReadOnly } from '../../state/use-plan';
import { formatTakenAt } from '../../runtime/backup-format';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';
import { snapshotReason, snapshotSize } from './snapshot-words';
import { useRuntime } from '../../ui/runtime-context';
import { RestoreDialog } from './RestoreDialog';
import type { SnapshotInfo } from '../../../../shared/backups/snapshot-record';
import { useSnapshots } from './use-snapshots';
import './backups.css';

const R = SNAPSHOT_RETENTION;

/** The local backups: the policy, a snapshot on demand, and the list with Restore (not for observers). */
export function BackupsSection() {
  const { backups } = useRuntime();
  const list = useSnapshots(backups);
  const readOnly = useReadOnly();
  const [restoring, setRestoring] = useState<SnapshotInfo | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const t = useT();
  const { locale } = useLanguage();
  const formatSize = (bytes: number) => snapshotSize(bytes, t, locale);
  const takeNow = async () => {
    try {
      const taken = await backups.takeSnapshotNow();
      setResult({ ok: true, text: t('data.backups.taken', { when: formatTakenAt(taken.takenAt), size: formatSize(taken.size) }) });
    } catch (error) {
      setResult({ ok: false, text: t('data.backups.notTaken', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };
  return (
    <section className="backups" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('data.backups.title')}</h2>
      <p className="intro">
        {t('data.backups.intro', { daily: R.daily, beforeImport: R['before-import'], beforeRestore: R['before-restore'], manual: R.manual })}
      </p>
      {!backups.available ? <p className="note">{t('data.backups.noStorage')}</p> : (
        <>
          <p className="export">
            <button type="button" className="secondary" onClick={() => void takeNow()}>{t('data.backups.take')}</button>
            {result && <span role="status" className={result.ok ? 'ok' : 'error'} data-testid="snapshot-result">{result.text}</span>}
          </p>
          {readOnly && <p className="note">{t('data.backups.observer')}</p>}
          {list.kind === 'failed' && <p className="error" role="alert">{t('data.backups.unreadable', { reason: list.message })}</p>}
          {list.kind === 'ready' && list.snapshots.length === 0 && <p className="empty">{t('data.backups.none')}</p>}
          {list.kind === 'ready' && list.snapshots.length > 0 && (
            <table className="backup-table" aria-labelledby="backups-title">
              <thead>
                <tr>
                  <th scope="col">{t('data.backups.taken.col')}</th>
                  <th scope="col">{t('data.backups.reason.col')}</th>
                  <th scope="col">{t('data.backups.size.col')}</th>
                  <th scope="col">{t('data.backups.by.col')}</th>
                  {!readOnly && <th scope="col"><span className="visually-hidden">{t('data.backups.restore.col')}</span></th>}
                </tr>
              </thead>
              <tbody>
                {list.snapshots.map((snapshot) => (
                  <tr key={snapshot.id} data-testid="backup-row" data-kind={snapshot.kind}>
                    <td><time dateTime={new Date(snapshot.takenAt).toISOString()}>{formatTakenAt(snapshot.takenAt)}</time></td>
                    <td dir="auto">{snapshotReason(snapshot, t)}</td>
                    <td>{formatSize(snapshot.size)}</td>
                    <td dir="auto">{snapshot.takenBy ?? t('data.backups.unknown')}</td>
                    {!readOnly && (
                      <td>
                        <button type="button" className="secondary"
                          aria-label={t('data.backups.restoreLabel', { when: formatTakenAt(snapshot.takenAt), reason: snapshotReason(snapshot, t) })}
                          onClick={() => setRestoring(snapshot)}>{t('data.backups.restore')}</button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {restoring && !readOnly && <RestoreDialog snapshot={restoring} onClose={() => setRestoring(null)} />}
    </section>
  );
}
