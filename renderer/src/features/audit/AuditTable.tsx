import { subjectOf, type AuditRow } from '../../../../shared/review/audit';
import { formatValue, type Names } from '../../../../shared/review/field-format';
import { isTrackedField } from '../../../../shared/review/fields';
import { useNames } from '../review/use-names';
import { useMeetingLineWords } from './meeting-line-words';
import { useT } from '../../ui/i18n/I18nProvider';
import { useReviewWords } from '../review/use-review-words';
import { UserText } from '../../ui/UserText';

type MeetingLineWords = ReturnType<typeof useMeetingLineWords>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A value as the reader reads it: from the values the row kept, in the interface's words and the
 * locale's days; a row that kept only words (older rows, meeting rows) as recorded, a due date
 * recorded as an ISO day in the reader's form.
 */
function shown(row: AuditRow, which: 'before' | 'after', names: Names, lineWords: MeetingLineWords): string {
  if (row.values && isTrackedField(row.field)) return formatValue(row.field, row.values[which], names);
  if (row.lines) return lineWords(row.lines[which], which);
  const words = row[which];
  return row.field === 'due' && ISO_DAY.test(words) && names.day ? names.day(words) : words;
}

/**
 * The trail, newest first. Cells keep the table's direction; the user's words in them (titles,
 * values before and after) are isolated, each in its own direction (UserText).
 */
export function AuditTable({ rows }: { readonly rows: readonly AuditRow[] }) {
  const names = useNames();
  const lineWords = useMeetingLineWords();
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
            <td data-testid="audit-before"><UserText text={shown(row, 'before', names, lineWords)} /></td>
            <td data-testid="audit-after"><UserText text={shown(row, 'after', names, lineWords)} /></td>
            <td>{words.via(row.source, row.sourceLabel)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
