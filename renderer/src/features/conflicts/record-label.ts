import type { ConflictEntry } from '../../../../shared/review/conflict-entry';
import type { ActionView } from '../../../../shared/workspace/action-view';

/** How an inbox entry names its record: the action's title, or the initiative's code. */
export function recordLabel(record: ConflictEntry['record'], actions: readonly ActionView[]): string {
  if (record.kind === 'initiative') return `Initiative ${record.id}`;
  const action = actions.find((view) => view.id === record.id);
  if (!action) return `Action ${record.id} (not in this workspace yet)`;
  return action.title || `Untitled action ${record.id}`;
}
