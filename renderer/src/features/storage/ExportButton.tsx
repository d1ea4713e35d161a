import { useState } from 'react';
import { useRuntime } from '../../ui/runtime-context';
import { useT } from '../../ui/i18n/I18nProvider';
import { exportRecovery } from './export-recovery';

/** Exports the workspace as loaded, with any quarantined records, and says where it went. */
export function ExportButton({ label }: { readonly label: string }) {
  const runtime = useRuntime();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();
  async function run() {
    setBusy(true);
    try {
      const saved = await exportRecovery(runtime);
      setResult({ ok: true, text: t('data.storage.exported', { path: saved.path }) });
    } catch (error) {
      setResult({ ok: false, text: t('data.storage.exportFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="export">
      <button type="button" onClick={() => void run()} disabled={busy}>{busy ? t('data.storage.exporting') : label}</button>
      {result && <span role="status" className={result.ok ? 'ok' : 'error'} data-testid="export-result">{result.text}</span>}
    </span>
  );
}
