import { AUDIT_FIELD_LABELS, type AuditRow } from '../../../../shared/review/audit';
import { describeTime, describeVia, describeWho } from '../review/describe';

/** The trail, newest first. */
export function AuditTable({ rows }: { readonly rows: readonly AuditRow[] }) {
  return (
    <table className="audit-table" aria-label="Audit trail">
      <thead>
        <tr>
          <th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Field</th>
          <th scope="col">Before</th><th scope="col">After</th><th scope="col">How</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="audit-row">
            <td>{describeTime(row.at)}</td>
            <td>{describeWho(row.who)}</td>
            <td dir="auto">{row.actionTitle || row.actionId}</td>
            <td>{AUDIT_FIELD_LABELS[row.field]}</td>
            <td dir="auto">{row.before}</td>
            <td dir="auto">{row.after}</td>
            <td>{describeVia(row.source, row.sourceLabel)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
