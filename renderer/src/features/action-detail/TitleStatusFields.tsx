import { useId } from 'react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from '../../../../shared/workspace/action-status';
import { MAX_TITLE_LENGTH } from '../../../../shared/workspace/actions';
import type { Commands } from '../../runtime/commands';
import { useCommands } from '../../ui/runtime-context';
import { useCollaborativeText } from '../../ui/use-collaborative-text';
import { useTandemStore } from '../../state/store';

interface Props {
  readonly action: ActionView;
  readonly readOnly: boolean;
}

export function TitleStatusFields({ action, readOnly }: Props) {
  const commands = useCommands();
  const titleId = useId();
  const statusId = useId();
  const title = useCollaborativeText<HTMLInputElement>(action.title);
  const status = action.status ? ACTION_STATUS_LABELS[action.status] : `Invalid: ${action.rawStatus}`;
  if (readOnly) {
    return (
      <dl className="detail-facts">
        <dt>Title</dt><dd dir="auto">{action.title || 'Untitled action'}</dd>
        <dt>Status</dt><dd>{status}</dd>
      </dl>
    );
  }
  return (
    <div className="detail-row">
      <div className="field grow">
        <label htmlFor={titleId}>Title</label>
        <input id={titleId} ref={title} data-initial-focus dir="auto" defaultValue={action.title} maxLength={MAX_TITLE_LENGTH}
          onChange={(event) => renameOrRestore(commands, action.id, event.target)} />
      </div>
      <div className="field">
        <label htmlFor={statusId}>Status</label>
        <select id={statusId} value={action.status ?? ''}
          onChange={(event) => commands.setStatus(action.id, event.target.value as ActionStatus)}>
          {action.status === null && <option value="" disabled>{status}</option>}
          {ACTION_STATUSES.map((value) => <option key={value} value={value}>{ACTION_STATUS_LABELS[value]}</option>)}
        </select>
      </div>
    </div>
  );
}

/** Writes a title change through; when the document refuses it, the field shows what it holds. */
export function renameOrRestore(commands: Commands, id: string, field: HTMLInputElement): void {
  if (commands.renameAction(id, field.value)) return;
  field.value = useTandemStore.getState().actions.find((candidate) => candidate.id === id)?.title ?? field.value;
}
