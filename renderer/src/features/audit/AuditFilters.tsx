import { DELEGATION_LABELS, DELEGATIONS, type Delegation } from '../../../../shared/identity/identity';
import { DateField } from '../../ui/DateField';
import { AUDIT_FIELD_LABELS, SOURCE_LABELS, type AuditField, type AuditFilter, type AuditSource } from '../../../../shared/review/audit';

/** The trail's filters; each one narrows the table and the CSV export alike. */
export function AuditFilters({ filter, people, onChange }: {
  readonly filter: AuditFilter; readonly people: readonly string[]; readonly onChange: (filter: AuditFilter) => void;
}) {
  const set = <K extends keyof AuditFilter>(key: K, value: AuditFilter[K] | '') =>
    onChange({ ...filter, [key]: value === '' ? undefined : value });
  return (
    <form className="audit-filters" aria-label="Filter the audit trail" onSubmit={(event) => event.preventDefault()}>
      <label>Person
        <select value={filter.person ?? ''} onChange={(e) => set('person', e.target.value)}>
          <option value="">Anyone</option>
          {people.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </label>
      <label>Delegation
        <select value={filter.delegation ?? ''} onChange={(e) => set('delegation', e.target.value as Delegation | '')}>
          <option value="">Both</option>
          {DELEGATIONS.map((d) => <option key={d} value={d}>{DELEGATION_LABELS[d]}</option>)}
        </select>
      </label>
      <label>Field
        <select value={filter.field ?? ''} onChange={(e) => set('field', e.target.value as AuditField | '')}>
          <option value="">Any field</option>
          {(Object.keys(AUDIT_FIELD_LABELS) as AuditField[]).map((f) => <option key={f} value={f}>{AUDIT_FIELD_LABELS[f]}</option>)}
        </select>
      </label>
      <label>Action
        <input type="search" dir="auto" value={filter.action ?? ''} placeholder="Title or id" onChange={(e) => set('action', e.target.value)} />
      </label>
      <label>Source
        <select value={filter.source ?? ''} onChange={(e) => set('source', e.target.value as AuditSource | '')}>
          <option value="">Any source</option>
          {(Object.keys(SOURCE_LABELS) as AuditSource[]).map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
        </select>
      </label>
      {/* Days in the reader's locale; a half-typed day filters nothing until it is whole. */}
      <DateField label="From" value={dayOf(filter.from) || null} className="audit-day" testId="audit-from"
        description="The first day to show." onChange={(iso) => set('from', startOfDay(iso ?? ''))} />
      <DateField label="To" value={dayOf(filter.to) || null} className="audit-day" testId="audit-to"
        description="The last day to show." onChange={(iso) => set('to', endOfDay(iso ?? ''))} />
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
