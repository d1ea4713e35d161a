import { useState } from 'react';
import { SNAPSHOT_RETENTION } from '../../../../shared/backups/retention';
import { useReadOnly } from '../../state/use-plan';
import { formatSize, formatTakenAt } from '../../runtime/backup-format';
import { NO_LOCAL_STORAGE, OBSERVER_CANNOT_RESTORE } from '../../runtime/backups';
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
  const takeNow = async () => {
    try {
      const taken = await backups.takeSnapshotNow();
      setResult({ ok: true, text: `Snapshot taken at ${formatTakenAt(taken.takenAt)} (${formatSize(taken.size)}).` });
    } catch (error) {
      setResult({ ok: false, text: `No snapshot was taken: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <section className="backups" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups on this laptop</h2>
      <p className="intro">
        Tandem keeps snapshots of the whole workspace here: one each day it is open, one before every file import and
        one before every restore. It keeps the last {R.daily} daily, {R['before-import']} before-import,{' '}
        {R['before-restore']} before-restore and {R.manual} hand-taken snapshots. A restore changes this laptop only:
        changes that peers already have come back at the next sync.
      </p>
      {!backups.available ? <p className="note">{NO_LOCAL_STORAGE}</p> : (
        <>
          <p className="export">
            <button type="button" className="secondary" onClick={() => void takeNow()}>Take a snapshot now</button>
            {result && <span role="status" className={result.ok ? 'ok' : 'error'} data-testid="snapshot-result">{result.text}</span>}
          </p>
          {readOnly && <p className="note">{OBSERVER_CANNOT_RESTORE}</p>}
          {list.kind === 'failed' && <p className="error" role="alert">The backups could not be read: {list.message}</p>}
          {list.kind === 'ready' && list.snapshots.length === 0 && <p className="empty">No snapshot yet.</p>}
          {list.kind === 'ready' && list.snapshots.length > 0 && (
            <table className="backup-table" aria-labelledby="backups-title">
              <thead>
                <tr>
                  <th scope="col">Taken</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Size</th>
                  <th scope="col">By</th>
                  {!readOnly && <th scope="col"><span className="visually-hidden">Restore</span></th>}
                </tr>
              </thead>
              <tbody>
                {list.snapshots.map((snapshot) => (
                  <tr key={snapshot.id} data-testid="backup-row" data-kind={snapshot.kind}>
                    <td><time dateTime={new Date(snapshot.takenAt).toISOString()}>{formatTakenAt(snapshot.takenAt)}</time></td>
                    <td dir="auto">{snapshot.reason}</td>
                    <td>{formatSize(snapshot.size)}</td>
                    <td dir="auto">{snapshot.takenBy ?? 'Unknown'}</td>
                    {!readOnly && (
                      <td>
                        <button type="button" className="secondary"
                          aria-label={`Restore the snapshot of ${formatTakenAt(snapshot.takenAt)} (${snapshot.reason})`}
                          onClick={() => setRestoring(snapshot)}>Restore…</button>
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
