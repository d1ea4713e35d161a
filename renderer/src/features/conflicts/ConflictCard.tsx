import { useId } from 'react';
import { formatValue, type Names } from '../../../../shared/review/field-format';
import { FIELD_LABELS } from '../../../../shared/review/fields';
import type { InboxGroup } from '../../../../shared/review/inbox';
import { useCommands } from '../../ui/runtime-context';
import { ConflictValue } from './ConflictValue';
import { UserText } from '../../ui/UserText';

/**
 * One field that needs a decision. Keep current closes its entries as they are; Use other writes
 * that value to the field as an ordinary edit. Observers see the card without the buttons.
 */
export function ConflictCard({ group, label, names, readOnly }: {
  readonly group: InboxGroup; readonly label: string; readonly names: Names; readonly readOnly: boolean;
}) {
  const commands = useCommands();
  const heading = useId();
  const keys = group.items.map((item) => item.key);
  const field = FIELD_LABELS[group.field];
  return (
    <li className="conflict" data-testid="conflict">
      <div role="group" aria-labelledby={heading}>
        <h3 id={heading}><UserText text={label} /> — {field}</h3>
        <dl className="conflict-values">
          <div className="conflict-value current">
            <dt>Current value</dt>
            <dd><ConflictValue field={group.field} side={group.current} names={names} /></dd>
          </div>
          {group.others.map((other, index) => (
            <div className="conflict-value other" key={index}>
              <dt>Other value</dt>
              <dd>
                <ConflictValue field={group.field} side={other} names={names} />
                {!readOnly && (
                  <button
                    type="button"
                    aria-label={`Use other: ${formatValue(group.field, other.value, names)}`}
                    onClick={() => commands.resolveConflict(keys, other.value)}
                  >
                    Use other
                  </button>
                )}
              </dd>
            </div>
          ))}
        </dl>
        {!readOnly && (
          <button type="button" onClick={() => commands.resolveConflict(keys, undefined)}>Keep current</button>
        )}
      </div>
    </li>
  );
}
