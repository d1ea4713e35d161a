import { useId } from 'react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from '../../../../shared/workspace/action-status';
import { useCommands } from '../../ui/runtime-context';
import { useTitleField } from './use-title-field';

interface Props {
  readonly action: ActionView;
  readonly readOnly: boolean;
}

export function TitleStatusFields({ action, readOnly }: Props) {
  const commands = useCommands();
  const titleId = useId();
  const statusId = useId();
  const title = useTitleField(action);
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
        <input {...title.input} id={titleId} data-initial-focus />
        {title.problem && <p id={title.problemId} className="field-error" role="alert">{title.problem}</p>}
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
