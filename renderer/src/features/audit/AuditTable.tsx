import { subjectOf, type AuditRow } from '../../../../shared/review/audit';
import { useT } from '../../ui/i18n/I18nProvider';
import { useReviewWords } from '../review/use-review-words';
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
  const t = useT();
  const words = useReviewWords();
  return (
    <table className="audit-table" aria-label={t('review.audit.title')}>
      <thead>
        <tr>
          <th scope="col">{t('review.col.when')}</th><th scope="col">{t('review.col.who')}</th><th scope="col">{t('review.audit.action')}</th>
          <th scope="col">{t('review.col.field')}</th><th scope="col">{t('review.col.before')}</th><th scope="col">{t('review.col.after')}</th>
          <th scope="col">{t('review.col.how')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="audit-row">
            <td>{words.time(row.at)}</td>
            <td>{words.who(row.who)}</td>
            <td>
              {subjectOf(row) === 'meeting' && <span className="chip audit-subject" data-testid="audit-meeting">{t('review.audit.meeting')}</span>}
              <UserText text={row.actionTitle || row.actionId} />
            </td>
            <td>{words.field(row.field)}</td>
            <td data-testid="audit-before"><UserText text={dayShown(row.field, row.before, day)} /></td>
            <td data-testid="audit-after"><UserText text={dayShown(row.field, row.after, day)} /></td>
            <td>{words.via(row.source, row.sourceLabel)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
