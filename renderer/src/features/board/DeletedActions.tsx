import type { ActionView } from '../../../../shared/workspace/action-view';
import { useCommands } from '../../ui/runtime-context';
import { laneLabel } from './board-moves';
import { restoreAction } from './board-edits';
import { who } from './attribution';

interface Props {
  readonly actions: readonly ActionView[];
  readonly readOnly: boolean;
  readonly announce: (message: string | null) => void;
}

/** Soft-deleted actions, in a strip under the lanes: kept with their history and links, restorable by anyone who edits. */
export function DeletedActions({ actions, readOnly, announce }: Props) {
  const commands = useCommands();
  return (
    <section className="deleted-actions" aria-labelledby="deleted-actions-title">
      <h2 id="deleted-actions-title">Deleted <span className="count">{actions.length}</span></h2>
      {actions.length === 0 ? (
        <p className="empty" title="A deleted action waits here, restorable, with its history.">Nothing deleted.</p>
      ) : (
        <ul className="deleted-list" aria-label="Deleted actions">
          {actions.map((action) => (
            <li key={action.id} className="deleted-action" data-testid="deleted-action" data-action-id={action.id} tabIndex={-1}>
              <span className="deleted-title" dir="auto">{action.title || 'Untitled action'}</span>
              <span className="note">from {laneLabel(action.tier)} · deleted by {who(action.editedBy)}</span>
              {!readOnly && (
                <button type="button" className="secondary" data-control="restore" onClick={() => announce(restoreAction(commands, action.id))}>
                  Restore
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
