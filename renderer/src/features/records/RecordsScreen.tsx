import { useState } from 'react';
import { useRuntime } from '../../ui/runtime-context';
import { SCOPE_TITLES, type RecordScope } from '../../../../shared/records/plan-record';
import { useT } from '../../ui/i18n/I18nProvider';
import { useFormatDay } from '../../ui/locale';
import { BackupsSection } from '../backups/BackupsSection';
import { exportPlan, exportWorkspaceJson, type RecordFormat } from './record-exports';
import { usePlanRecord } from './use-plan-record';
import { PrintView } from './PrintView';
import './records.css';

const FORMATS: readonly RecordFormat[] = ['docx', 'csv', 'markdown'];

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
  const t = useT();
  const day = useFormatDay();
  const title = (id: RecordScope) => t('data.records.scope', { scope: id });

  const run = async (what: string, save: () => Promise<{ path: string }>) => {
    setBusy(true);
    setResult(null);
    try {
      setResult({ ok: true, text: t('data.records.saved', { what, path: (await save()).path }) });
    } catch (error) {
      setResult({ ok: false, text: t('data.records.notSaved', { what, reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="records" aria-labelledby="records-title">
      <h2 id="records-title">{t('data.records.title')}</h2>
      <p className="intro">{t('data.records.intro')}</p>
      <fieldset className="record-scope">
        <legend>{t('data.records.which')}</legend>
        {(Object.keys(SCOPE_TITLES) as RecordScope[]).map((id) => (
          <label key={id} className="choice">
            <input type="radio" name="record-scope" value={id} checked={scope === id} onChange={() => setScope(id)} />
            {' '}{title(id)}<span className="note">: {t('data.records.hint', { scope: id })}</span>
          </label>
        ))}
      </fieldset>
      {scope === 'ninety-day' && !record.signingDate && (
        <p className="note" role="status">{t('data.records.noSigning')}</p>
      )}
      <p className="note" data-testid="record-summary">
        {t('data.records.summary', { title: title(scope), count: record.actionCount, windowEnd: record.windowEnd ? day(record.windowEnd) : 'none' })}
      </p>
      <div className="record-buttons" role="group" aria-label={t('data.records.exportGroup', { scope })}>
        <button type="button" onClick={() => setPrinting(true)}>{t('data.records.print')}</button>
        {FORMATS.map((format) => (
          <button key={format} type="button" className="secondary" disabled={busy}
            onClick={() => void run(t('data.records.format', { format }), () => exportPlan(runtime, format, scope))}>
            {t('data.records.exportFormat', { format: t('data.records.format', { format }) })}
          </button>
        ))}
      </div>
      <div className="record-buttons" role="group" aria-label={t('data.records.workspaceGroup')}>
        <button type="button" className="secondary" disabled={busy} onClick={() => void run(t('data.records.theWorkspace'), () => exportWorkspaceJson(runtime))}>
          {t('data.records.exportJson')}
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
