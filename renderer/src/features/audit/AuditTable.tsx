import { AUDIT_FIELD_LABELS, subjectOf, type AuditRow } from '../../../../shared/review/audit';
import { describeTime, describeVia, describeWho } from '../review/describe';
import { useFormatDay } from '../../ui/locale';
import { UserText } from '../../ui/UserText';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A due date the trail recorded as an ISO day, in the reader's form; every other value as recorded. */
function dayShown(field: AuditRow['field'], value: string, day: (iso: string) => string): string {
  return field === 'due' && ISO_DAY.test(value) ? day(value) : value;
}

/**
 * The trail, newest first. Cells keep the table's direction; the user's words in them (titles,
 * values before and after) are isolated, each in its own direction (UserText).
 */
export function AuditTable({ rows }: { readonly rows: readonly AuditRow[] }) {
  const day = useFormatDay();
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
            <td>
              {subjectOf(row) === 'meeting' && <span className="chip audit-subject" data-testid="audit-meeting">Meeting</span>}
              <UserText text={row.actionTitle || row.actionId} />
            </td>
            <td>{AUDIT_FIELD_LABELS[row.field]}</td>
            <td data-testid="audit-before"><UserText text={dayShown(row.field, row.before, day)} /></td>
            <td data-testid="audit-after"><UserText text={dayShown(row.field, row.after, day)} /></td>
            <td>{describeVia(row.source, row.sourceLabel)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
