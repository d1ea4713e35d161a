import { useId, useLayoutEffect, useRef, useState } from 'react';
import { formatTakenAt } from '../../runtime/backup-format';
import { useRuntime } from '../../ui/runtime-context';
import type { SnapshotInfo } from '../../../../shared/backups/snapshot-record';

/**
 * Asks before a restore, and says what it does and does not do. A modal <dialog> (the page behind
 * is inert, Tab stays inside, Escape cancels); focus starts on Cancel, the safe choice, and goes
 * back to the Restore button that opened it.
 */
export function RestoreDialog({ snapshot, onClose }: { readonly snapshot: SnapshotInfo; readonly onClose: () => void }) {
  const { backups } = useRuntime();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const when = formatTakenAt(snapshot.takenAt);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    cancel.current?.focus();
    return () => {
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      // On success the workspace reopens and this dialog goes with the screen that held it.
      await backups.restoreSnapshot(snapshot.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };
  return (
    <dialog ref={dialog} className="restore-dialog" aria-labelledby={headingId} data-testid="restore-dialog"
      onCancel={(event) => { event.preventDefault(); if (!busy) onClose(); }}>
      <h2 id={headingId}>Restore the snapshot of {when}?</h2>
      <p>
        This laptop’s copy of the workspace goes back to how it was then ({snapshot.reason.toLowerCase()}).
        Tandem first keeps the workspace as it is now as a “Before restore” snapshot, so you can undo this from the
        same list.
      </p>
      <p>
        A restore changes this laptop only. Changes that peers already have are not undone for them, and they come
        back here at the next sync or file import.
      </p>
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="buttons">
        <button type="button" onClick={() => void restore()} disabled={busy}>{busy ? 'Restoring…' : 'Restore this snapshot'}</button>
        <button ref={cancel} type="button" className="secondary" onClick={onClose} disabled={busy}>Cancel</button>
      </div>
    </dialog>
  );
}
