import { useRef, useState, type FormEvent } from 'react';
import { useRuntime } from '../../ui/runtime-context';
import { DELEGATION_LABELS } from '../../../../shared/identity/identity';
import { exportSyncFile } from './bundle-export';
import { byteCount, errorText, utcMinute } from './format-text';
import { useKnownPeers } from './use-known-peers';

const MIN_PASSPHRASE = 8;

/** Export: the whole workspace or a known peer's missing changes, optionally encrypted. Observers may export. */
export function ExportPanel({ peersVersion }: { readonly peersVersion: number }) {
  const runtime = useRuntime();
  const { peers, error: peersError } = useKnownPeers(peersVersion);
  const [scope, setScope] = useState('');
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; confirmation?: string }>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const peer = peers.find((row) => row.key === scope) ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (encrypt && passphrase.length < MIN_PASSPHRASE) found.passphrase = `Use at least ${MIN_PASSPHRASE} characters.`;
    else if (encrypt && confirmation !== passphrase) found.confirmation = 'The two passphrases differ.';
    setErrors(found);
    if (found.passphrase || found.confirmation) {
      form.current?.querySelector<HTMLElement>(found.passphrase ? '#export-passphrase' : '#export-confirmation')?.focus();
      return;
    }
    setResult(null);
    setBusy('Preparing the file…');
    try {
      const saved = await exportSyncFile(runtime, { peer, passphrase: encrypt ? passphrase : null }, setBusy);
      const what = peer ? `changes for ${peer.name}` : 'the whole workspace';
      setResult(saved
        ? { ok: true, text: `Saved ${what}${encrypt ? ', encrypted,' : ''} as ${saved.path ?? saved.name} (${byteCount(saved.bytes)}).` }
        : { ok: true, text: 'Export cancelled: no file was saved.' });
      if (saved) {
        setPassphrase('');
        setConfirmation('');
      }
    } catch (error) {
      setResult({ ok: false, text: `Export failed: ${errorText(error)}` });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="export-title" className="sync-panel">
      <h3 id="export-title">Export a sync file</h3>
      <form ref={form} aria-label="Export a sync file" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor="export-scope">What to export</label>
        <select id="export-scope" value={scope} onChange={(e) => setScope(e.target.value)} aria-describedby="export-scope-note">
          <option value="">The whole workspace</option>
          {peers.map((row) => (
            <option key={row.key} value={row.key}>
              Changes for {row.name} ({DELEGATION_LABELS[row.delegation]}), last seen {utcMinute(row.seenAt)}
            </option>
          ))}
        </select>
        <p id="export-scope-note" className="note">
          {peersError ?? (peers.length === 0
            ? 'Once you import a file from someone, you can send them just what they lack.'
            : 'Changes for a peer carry what they lack since their last file (or sync) reached this laptop.')}
        </p>
        <label className="check">
          <input type="checkbox" checked={encrypt} onChange={(e) => { setEncrypt(e.target.checked); setErrors({}); }} />
          Encrypt with a passphrase
        </label>
        {encrypt && (
          <div className="passphrases">
            <label htmlFor="export-passphrase">Passphrase</label>
            <input id="export-passphrase" type="password" dir="auto" autoComplete="new-password" value={passphrase}
              aria-invalid={errors.passphrase ? true : undefined} aria-describedby="export-passphrase-error"
              onChange={(e) => { setPassphrase(e.target.value); setErrors({}); }} />
            <p id="export-passphrase-error" className="field-error">{errors.passphrase ?? ''}</p>
            <label htmlFor="export-confirmation">Confirm passphrase</label>
            <input id="export-confirmation" type="password" dir="auto" autoComplete="new-password" value={confirmation}
              aria-invalid={errors.confirmation ? true : undefined} aria-describedby="export-confirmation-error"
              onChange={(e) => { setConfirmation(e.target.value); setErrors({}); }} />
            <p id="export-confirmation-error" className="field-error">{errors.confirmation ?? ''}</p>
            <p className="note">Give the passphrase to the other side separately, never with the file.</p>
          </div>
        )}
        <div className="buttons">
          <button type="submit" disabled={busy !== null}>Export sync file</button>
        </div>
        <p role="status" className="done" data-testid="export-status">{busy ?? (result?.ok ? result.text : '')}</p>
        {result && !result.ok && <p role="alert" className="error">{result.text}</p>}
      </form>
    </section>
  );
}
