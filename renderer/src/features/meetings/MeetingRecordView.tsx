import { useState } from 'react';
import { usePrintView } from '../../ui/use-print-view';
import { createPortal } from 'react-dom';
import { meetingRecordFileName } from '../../../../shared/records/meeting-record';
import type { MeetingView } from '../../../../shared/workspace/meetings/meeting-view';
import { useRuntime } from '../../ui/runtime-context';
import { useT } from '../../ui/i18n/I18nProvider';
import type { MessageId } from '../../ui/i18n/messages';
import { MeetingRecordLayout } from './MeetingRecordLayout';
import { useMeetingRecord } from './use-meeting-record';
import './meeting-record.css';

/**
 * The meeting's record alone on the page, as the plan's print view is (records/PrintView.tsx): a
 * portal beside the hidden app root, so what prints (Electron's printToPDF, the browser's print
 * dialog) is the record and nothing else; the toolbar is not printed. From here the record is
 * saved as PDF or written as Word. Escape or Close returns focus to the opener.
 */
export function MeetingRecordView({ meeting, onClose }: { readonly meeting: MeetingView; readonly onClose: () => void }) {
  const runtime = useRuntime();
  const t = useT();
  const [openedAt] = useState(() => new Date());
  const record = useMeetingRecord(meeting, openedAt);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const pdfName = meetingRecordFileName(meeting, 'pdf');

  const firstButton = usePrintView(pdfName, onClose);

  const run = async (words: { saved: MessageId; failed: MessageId }, save: () => Promise<{ path: string } | null>, fallback: string) => {
    setBusy(true);
    setResult(null);
    try {
      const saved = await save();
      setResult({ ok: true, text: saved ? t(words.saved, { path: saved.path }) : fallback });
    } catch (error) {
      setResult({ ok: false, text: t(words.failed, { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };
  const saveDocx = () => run({ saved: 'meetings.recordView.docxSaved', failed: 'meetings.recordView.docxFailed' }, async () => {
    // The Word writer is large and needed only here: loaded on first use, not with the app.
    const { meetingDocx } = await import('../../../../shared/records/meeting-docx');
    return runtime.host.exportFile(meetingRecordFileName(meeting, 'docx'), await meetingDocx(record));
  }, '');
  const savePdf = () => run({ saved: 'meetings.recordView.pdfSaved', failed: 'meetings.recordView.pdfFailed' }, () => runtime.host.printToPdf(pdfName), t('meetings.recordView.dialog'));

  return createPortal(
    <div className="print-view" role="region" aria-label={t('meetings.recordView.region')}>
      <div className="print-toolbar" role="toolbar" aria-label={t('meetings.recordView.actions')}>
        <button ref={firstButton} type="button" onClick={() => void savePdf()} disabled={busy}>{t('meetings.recordView.savePdf')}</button>
        <button type="button" className="secondary" onClick={() => void saveDocx()} disabled={busy}>{t('meetings.recordView.saveDocx')}</button>
        <button type="button" className="secondary" onClick={onClose}>{t('meetings.recordView.close')}</button>
        {result && <span role="status" className={result.ok ? 'ok' : 'error'} data-testid="record-result">{result.text}</span>}
      </div>
      <MeetingRecordLayout record={record} />
    </div>,
    document.body,
  );
}
