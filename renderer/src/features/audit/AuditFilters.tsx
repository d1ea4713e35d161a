import { DELEGATIONS, type Delegation } from '../../../../shared/identity/identity';
import { DateField } from '../../ui/DateField';
import { useT } from '../../ui/i18n/I18nProvider';
import { useReviewWords } from '../review/use-review-words';
import { AUDIT_FIELD_LABELS, SOURCE_LABELS, type AuditField, type AuditFilter, type AuditSource } from '../../../../shared/review/audit';

/** The trail's filters; each one narrows the table and the CSV export alike. */
export function AuditFilters({ filter, people, onChange }: {
  readonly filter: AuditFilter; readonly people: readonly string[]; readonly onChange: (filter: AuditFilter) => void;
}) {
  const t = useT();
  const words = useReviewWords();
  const set = <K extends keyof AuditFilter>(key: K, value: AuditFilter[K] | '') =>
    onChange({ ...filter, [key]: value === '' ? undefined : value });
  return (
    <form className="audit-filters" aria-label={t('review.audit.filters')} onSubmit={(event) => event.preventDefault()}>
      <label>{t('review.audit.person')}
        <select value={filter.person ?? ''} onChange={(e) => set('person', e.target.value)}>
          <option value="">{t('review.audit.anyone')}</option>
          {people.map((name) => <option key={name} value={name} dir="auto">{name}</option>)}
        </select>
      </label>
      <label>{t('review.audit.delegation')}
        <select value={filter.delegation ?? ''} onChange={(e) => set('delegation', e.target.value as Delegation | '')}>
          <option value="">{t('review.audit.both')}</option>
          {DELEGATIONS.map((d) => <option key={d} value={d}>{words.delegation(d)}</option>)}
        </select>
      </label>
      <label>{t('review.audit.field')}
        <select value={filter.field ?? ''} onChange={(e) => set('field', e.target.value as AuditField | '')}>
          <option value="">{t('review.audit.anyField')}</option>
          {(Object.keys(AUDIT_FIELD_LABELS) as AuditField[]).map((f) => <option key={f} value={f}>{words.field(f)}</option>)}
        </select>
      </label>
      <label>{t('review.audit.action')}
        <input type="search" dir="auto" value={filter.action ?? ''} placeholder={t('review.audit.actionPlaceholder')} onChange={(e) => set('action', e.target.value)} />
      </label>
      <label>{t('review.audit.source')}
        <select value={filter.source ?? ''} onChange={(e) => set('source', e.target.value as AuditSource | '')}>
          <option value="">{t('review.audit.anySource')}</option>
          {(Object.keys(SOURCE_LABELS) as AuditSource[]).map((s) => <option key={s} value={s}>{words.source(s)}</option>)}
        </select>
      </label>
      {/* Days in the reader's locale; a half-typed day filters nothing until it is whole. */}
      <DateField label={t('review.audit.from')} value={dayOf(filter.from) || null} className="audit-day" testId="audit-from"
        description={t('review.audit.fromHint')} onChange={(iso) => set('from', startOfDay(iso ?? ''))} />
      <DateField label={t('review.audit.to')} value={dayOf(filter.to) || null} className="audit-day" testId="audit-to"
        description={t('review.audit.toHint')} onChange={(iso) => set('to', endOfDay(iso ?? ''))} />
    </form>
  );
}

/** Local days, as a person means them. */
function startOfDay(day: string): number | '' {
  return day ? new Date(`${day}T00:00:00`).getTime() : '';
}

function endOfDay(day: string): number | '' {
  return day ? new Date(`${day}T23:59:59.999`).getTime() : '';
}

function dayOf(at: number | undefined): string {
  if (at === undefined) return '';
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
