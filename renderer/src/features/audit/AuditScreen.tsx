import { useMemo, useState } from 'react';
import { useT } from '../../ui/i18n/I18nProvider';
import { useRuntime } from '../../ui/runtime-context';
import { matchesAudit, type AuditFilter } from '../../../../shared/review/audit';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { exportAuditCsv } from './audit-export';
import { useAuditRows } from './use-audit';
import './audit.css';

/** Rows shown at once; the export always carries every row the filters match. */
const SHOWN = 300;

/** Who changed what and when, as this laptop recorded it: filterable, exportable as CSV. */
export function AuditScreen() {
  const { host } = useRuntime();
  const t = useT();
  const { rows, error } = useAuditRows();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const people = useMemo(() => [...new Set((rows ?? []).flatMap((row) => (row.who ? [row.who.name] : [])))].sort(), [rows]);
  const matching = useMemo(() => (rows ?? []).filter((row) => matchesAudit(row, filter)), [rows, filter]);
  async function exportCsv() {
    try {
      const saved = await exportAuditCsv(host, matching);
      setResult({ ok: true, text: t('review.audit.exported', { count: matching.length, path: saved.path }) });
    } catch (reason) {
      setResult({ ok: false, text: t('review.audit.exportFailed', { reason: reason instanceof Error ? reason.message : String(reason) }) });
    }
  }
  return (
    <section aria-labelledby="audit-title" className="audit">
      <h2 id="audit-title">{t('review.audit.title')}</h2>
      <p className="intro">{t('review.audit.intro')}</p>
      <AuditFilters filter={filter} people={people} onChange={setFilter} />
      <p className="audit-summary">
        <span role="status" data-testid="audit-count">
          {rows === null ? t('review.audit.reading') : t('review.audit.count', { shown: matching.length, total: rows.length })}
          {matching.length > SHOWN && t('review.audit.newest', { count: SHOWN })}
        </span>{' '}
        <button type="button" onClick={() => void exportCsv()} disabled={rows === null}>{t('review.audit.export')}</button>
        {result && <span role="status" className={result.ok ? 'ok' : 'error'} data-testid="audit-export-result">{result.text}</span>}
      </p>
      {error && <p className="error" role="alert">{error}</p>}
      {rows !== null && <AuditTable rows={matching.slice(0, SHOWN)} />}
    </section>
  );
}
