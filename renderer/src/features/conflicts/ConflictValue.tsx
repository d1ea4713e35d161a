import { formatValue, type Names } from '../../../../shared/review/field-format';
import type { ConflictField } from '../../../../shared/review/fields';
import type { InboxSide } from '../../../../shared/review/inbox';
import { describeTime, describeWho } from '../review/describe';
import { UserText } from '../../ui/UserText';

/** One side of a conflict: the value in words, who wrote it and when. */
export function ConflictValue({ field, side, names }: { readonly field: ConflictField; readonly side: InboxSide; readonly names: Names }) {
  return (
    <>
      <UserText className="conflict-text" text={formatValue(field, side.value, names)} />
      <span className="attribution">
        {side.by === null ? 'cleared' : <>by {describeWho(side.who)}, {describeTime(side.at)}</>}
      </span>
    </>
  );
}
