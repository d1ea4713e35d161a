import { memo, type DragEvent, type KeyboardEvent } from 'react';
import { describeIdentity, type Identity } from '../../../../shared/identity/identity';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from '../../../../shared/workspace/action-status';
import { useCommands } from '../../ui/runtime-context';
import { ActionMeta } from '../actions/ActionMeta';
import { stepAction } from './board-edits';
import { ACTION_DRAG_TYPE } from './drag';
import { focusedControl } from './focus-request';
import { TitleInput } from './TitleInput';
import { RowControls } from './RowControls';
import { WindowMarker } from './WindowMarker';
import { EditorsBadge } from '../sync/EditorsBadge';
import { DecisionOrigin } from '../meetings/DecisionOrigin';

interface Props {
  readonly action: ActionView;
  /** 1-based and running on across lanes, so every row's accessible names are unique on the page. */
  readonly position: number;
  readonly first: boolean;
  readonly last: boolean;
  readonly readOnly: boolean;
  readonly dropBefore: boolean;
  readonly announce: (message: string | null) => void;
}

/**
 * One action on the board. The title input writes through to the document on every keystroke
 * (as a splice). Alt+↑ / Alt+↓ anywhere in the row move it (not in a select, where Alt+↓ opens
 * the list); focus returns to the control that had it.
 */
export const BoardRow = memo(function BoardRow({ action, position, first, last, readOnly, dropBefore, announce }: Props) {
  const commands = useCommands();
  const invalid = action.problems.length > 0;
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (readOnly || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target instanceof HTMLSelectElement) return;
    event.preventDefault();
    announce(stepAction(commands, action.id, event.key === 'ArrowUp' ? -1 : 1, focusedControl()));
  };
  const onDragStart = (event: DragEvent<HTMLSpanElement>) => {
    event.dataTransfer.setData(ACTION_DRAG_TYPE, action.id);
    event.dataTransfer.effectAllowed = 'move';
    const row = event.currentTarget.closest('li');
    if (row) event.dataTransfer.setDragImage(row, 16, 16);
  };
  const classes = ['action', invalid && 'invalid', readOnly && 'read-only', dropBefore && 'drop-before'].filter(Boolean).join(' ');
  return (
    <li className={classes} data-testid="action-row" data-action-id={action.id} tabIndex={-1} onKeyDown={onKeyDown}>
      {!readOnly && (
        <span className="drag-handle" draggable aria-hidden="true" title="Drag to move" data-testid="drag-handle"
          onDragStart={onDragStart}>⠿</span>
      )}
      {readOnly ? (
        <span className="action-title-text" dir="auto">{action.title || 'Untitled action'}</span>
      ) : (
        <TitleInput action={action} position={position} />
      )}
      {readOnly ? (
        <span className="status-text">{action.status ? ACTION_STATUS_LABELS[action.status] : `Invalid: ${action.rawStatus}`}</span>
      ) : (
        <select aria-label={`Status of action ${position}`} data-control="status" value={action.status ?? ''}
          onChange={(event) => commands.setStatus(action.id, event.target.value as ActionStatus)}>
          {action.status === null && <option value="" disabled>Invalid: {action.rawStatus}</option>}
          {ACTION_STATUSES.map((status) => <option key={status} value={status}>{ACTION_STATUS_LABELS[status]}</option>)}
        </select>
      )}
      <ActionMeta action={action} />
      <EditorsBadge actionId={action.id} />
      <WindowMarker action={action} />
      <RowControls action={action} position={position} first={first} last={last} readOnly={readOnly} announce={announce} />
      <p className="attribution">
        {action.fromSeed ? 'Drafted from the compact' : <>Added by {who(action.createdBy)}</>}
        {action.decision && <DecisionOrigin decisionId={action.decision} />}
        {action.editedAt !== action.createdAt && <> · last edited by {who(action.editedBy)}, {when(action.editedAt)}</>}
      </p>
      {invalid && (
        <ul className="problems" aria-label={`Problems with action ${position}`}>
          {action.problems.map((problem) => <li key={problem}>{problem}</li>)}
        </ul>
      )}
    </li>
  );
});

/** A stamp as local date and time; an unreadable one (from a peer) as it is. */
export function when(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function who(identity: Identity | null): string {
  return identity ? describeIdentity(identity) : 'an unknown author';
}
