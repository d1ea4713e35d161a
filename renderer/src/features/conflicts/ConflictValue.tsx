import { formatValue, type Names } from '../../../../shared/review/field-format';
import type { ConflictField } from '../../../../shared/review/fields';
import type { InboxSide } from '../../../../shared/review/inbox';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { useReviewWords } from '../review/use-review-words';

/** One side of a conflict: the value in words, who wrote it and when. */
export function ConflictValue({ field, side, names }: { readonly field: ConflictField; readonly side: InboxSide; readonly names: Names }) {
  const t = useT();
  const words = useReviewWords();
  return (
    <>
      <UserText className="conflict-text" text={formatValue(field, side.value, names)} />
      <span className="attribution">
        {side.by === null ? t('review.conflicts.cleared') : t('review.conflicts.byAt', { who: words.who(side.who), time: words.time(side.at) })}
      </span>
    </>
  );
}
