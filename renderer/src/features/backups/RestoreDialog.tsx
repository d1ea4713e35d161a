import { useId, useLayoutEffect, useRef, useState } from 'react';
import { formatTakenAt } from '../../runtime/backup-format';
import { useRuntime } from '../../ui/runtime-context';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';
import { snapshotReason } from './snapshot-words';
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
  const t = useT();
  const { locale } = useLanguage();
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
      <h2 id={headingId}>{t('data.restore.title', { when })}</h2>
      <p>{t('data.restore.what', { reason: snapshotReason(snapshot, t).toLocaleLowerCase(locale) })}</p>
      <p>{t('data.restore.only')}</p>
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="buttons">
        <button type="button" onClick={() => void restore()} disabled={busy}>{busy ? t('data.restore.restoring') : t('data.restore.confirm')}</button>
        <button ref={cancel} type="button" className="secondary" onClick={onClose} disabled={busy}>{t('data.cancel')}</button>
      </div>
    </dialog>
  );
}
