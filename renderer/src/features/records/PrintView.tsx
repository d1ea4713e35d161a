import { useState } from 'react';
import { usePrintView } from '../../ui/use-print-view';
import { useT } from '../../ui/i18n/I18nProvider';
import { useRuntime } from '../../ui/runtime-context';
import { createPortal } from 'react-dom';
import { recordFileName, type RecordScope } from '../../../../shared/records/plan-record';
import { usePlanRecord } from './use-plan-record';
import { PrintLayout } from './PrintLayout';

/**
 * The dedicated print view: the record alone on the page, with a toolbar that is not printed.
 * Rendered beside the app's root (a portal into <body>) while the root is hidden, so what prints
 * (Electron's printToPDF, the browser's print dialog, Playwright's page.pdf) is the record and
 * nothing else. While open, the page title is the record's file name: the browser's print dialog
 * offers it as the PDF's name. Escape or "Close" returns to Records, focus back on the opener.
 */
export function PrintView({ scope, onClose }: { readonly scope: RecordScope; readonly onClose: () => void }) {
  const runtime = useRuntime();
  const [openedAt] = useState(() => new Date());
  const record = usePlanRecord(scope, openedAt);
  const fileName = recordFileName(scope, record.generatedAt, 'pdf');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useT();

  const firstButton = usePrintView(fileName, onClose);

  const save = async () => {
    setBusy(true);
    setResult(null);
    try {
      const saved = await runtime.host.printToPdf(fileName);
      setResult(saved ? { ok: true, text: t('data.print.savedTo', { path: saved.path }) } : { ok: true, text: t('data.print.dialog') });
    } catch (error) {
      setResult({ ok: false, text: t('data.print.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return createPortal(
    <div className="print-view" role="region" aria-label={t('data.print.region')}>
      <div className="print-toolbar" role="toolbar" aria-label={t('data.print.actions')}>
        <button ref={firstButton} type="button" onClick={() => void save()} disabled={busy}>{busy ? t('data.print.saving') : t('data.print.save')}</button>
        <button type="button" className="secondary" onClick={onClose}>{t('data.print.close')}</button>
        {result && <span role="status" className={result.ok ? 'ok' : 'error'} data-testid="print-result">{result.text}</span>}
      </div>
      <PrintLayout record={record} />
    </div>,
    document.body,
  );
}
