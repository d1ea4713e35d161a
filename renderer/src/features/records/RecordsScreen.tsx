import { useState } from 'react';
import { useRuntime } from '../../ui/runtime-context';
import { SCOPE_TITLES, type RecordScope } from '../../../../shared/records/plan-record';
import { BackupsSection } from '../backups/BackupsSection';
import { exportPlan, exportWorkspaceJson, type RecordFormat } from './record-exports';
import { usePlanRecord } from './use-plan-record';
import { PrintView } from './PrintView';
import './records.css';

const SCOPE_HINTS: Readonly<Record<RecordScope, string>> = {
  plan: 'every action on the board, by tier',
  'ninety-day': 'the actions due within the 90 days after the compact is signed, by tier',
};

const FORMAT_LABELS: Readonly<Record<RecordFormat, string>> = { docx: 'Word (DOCX)', csv: 'CSV', markdown: 'Markdown' };

/**
 * Records: the plan for minutes, spreadsheets and signature (print layout → PDF, DOCX, CSV,
 * Markdown), the whole workspace as JSON, and the local backups. Exports go to this laptop's
 * export folder through the host, and say where. Observers may export: a record changes nothing.
 */
export function RecordsScreen() {
  const runtime = useRuntime();
  const [scope, setScope] = useState<RecordScope>('plan');
  const [printing, setPrinting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [openedAt] = useState(() => new Date());
  const record = usePlanRecord(scope, openedAt);

  const run = async (what: string, save: () => Promise<{ path: string }>) => {
    setBusy(true);
    setResult(null);
    try {
      setResult({ ok: true, text: `${what} saved to ${(await save()).path}` });
    } catch (error) {
      setResult({ ok: false, text: `${what} was not saved: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="records" aria-labelledby="records-title">
      <h2 id="records-title">Records</h2>
      <p className="intro">
        The plan as a record for minutes, spreadsheets and signature, and the whole workspace as data. Files are
        written to this laptop’s export folder.
      </p>
      <fieldset className="record-scope">
        <legend>Which plan</legend>
        {(Object.keys(SCOPE_TITLES) as RecordScope[]).map((id) => (
          <label key={id} className="choice">
            <input type="radio" name="record-scope" value={id} checked={scope === id} onChange={() => setScope(id)} />
            {' '}{SCOPE_TITLES[id]}<span className="note">: {SCOPE_HINTS[id]}</span>
          </label>
        ))}
      </fieldset>
      {scope === 'ninety-day' && !record.signingDate && (
        <p className="note" role="status">
          The compact signing date is not set (Key dates), so no action can be placed in the 90-day window yet.
        </p>
      )}
      <p className="note" data-testid="record-summary">
        {SCOPE_TITLES[scope]}: {record.actionCount} action{record.actionCount === 1 ? '' : 's'}
        {record.windowEnd && <>; the 90-day window ends {record.windowEnd}</>}.
      </p>
      <div className="record-buttons" role="group" aria-label={`Export the ${SCOPE_TITLES[scope].toLowerCase()}`}>
        <button type="button" onClick={() => setPrinting(true)}>Print layout (PDF)…</button>
        {(Object.keys(FORMAT_LABELS) as RecordFormat[]).map((format) => (
          <button key={format} type="button" className="secondary" disabled={busy}
            onClick={() => void run(FORMAT_LABELS[format], () => exportPlan(runtime, format, scope))}>
            Export {FORMAT_LABELS[format]}
          </button>
        ))}
      </div>
      <div className="record-buttons" role="group" aria-label="Export the workspace">
        <button type="button" className="secondary" disabled={busy} onClick={() => void run('The workspace', () => exportWorkspaceJson(runtime))}>
          Export the whole workspace (JSON)
        </button>
      </div>
      <p className="export" role="status" data-testid="records-result">
        {result && <span className={result.ok ? 'ok' : 'error'}>{result.text}</span>}
      </p>
      <BackupsSection />
      {printing && <PrintView scope={scope} onClose={() => setPrinting(false)} />}
    </section>
  );
}
