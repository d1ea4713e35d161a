import { memo } from 'react';
import { describeIdentity, type Identity } from '../../../../shared/identity/identity';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from '../../../../shared/workspace/action-status';
import { MAX_TITLE_LENGTH } from '../../../../shared/workspace/actions';
import { commands } from '../../workspace/commands';
import { ActionMeta } from './ActionMeta';

/** One action. The title input writes through to the document on every keystroke (as a splice). */
export const ActionRow = memo(function ActionRow({ action, position }: { readonly action: ActionView; readonly position: number }) {
  const invalid = action.problems.length > 0;
  return (
    <li className={invalid ? 'action invalid' : 'action'} data-testid="action-row" data-action-id={action.id}>
      <input
        className="action-title"
        aria-label={`Title of action ${position}`}
        dir="auto"
        value={action.title}
        maxLength={MAX_TITLE_LENGTH}
        onChange={(event) => commands.renameAction(action.id, event.target.value)}
      />
      <select
        aria-label={`Status of action ${position}`}
        value={action.status ?? ''}
        onChange={(event) => commands.setStatus(action.id, event.target.value as ActionStatus)}
      >
        {action.status === null && <option value="" disabled>Invalid: {action.rawStatus}</option>}
        {ACTION_STATUSES.map((status) => (
          <option key={status} value={status}>{ACTION_STATUS_LABELS[status]}</option>
        ))}
      </select>
      <ActionMeta action={action} />
      <p className="attribution">
        {action.fromSeed ? 'Drafted from the compact' : <>Added by {who(action.createdBy)}</>}
        {action.editedAt !== action.createdAt && <> · last edited by {who(action.editedBy)}</>}
      </p>
      {invalid && (
        <ul className="problems" aria-label={`Problems with action ${position}`}>
          {action.problems.map((problem) => <li key={problem}>{problem}</li>)}
        </ul>
      )}
    </li>
  );
});

function who(identity: Identity | null): string {
  return identity ? describeIdentity(identity) : 'an unknown author';
}
