import { useState } from 'react';
import { useRuntime } from '../../ui/runtime-context';
import { exportRecovery } from './export-recovery';

/** Exports the workspace as loaded, with any quarantined records, and says where it went. */
export function ExportButton({ label }: { readonly label: string }) {
  const runtime = useRuntime();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      const saved = await exportRecovery(runtime);
      setResult({ ok: true, text: `Exported to ${saved.path}` });
    } catch (error) {
      setResult({ ok: false, text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="export">
      <button type="button" onClick={() => void run()} disabled={busy}>{busy ? 'Exporting…' : label}</button>
      {result && <span role="status" className={result.ok ? 'ok' : 'error'} data-testid="export-result">{result.text}</span>}
    </span>
  );
}
