import { useId } from 'react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/workspace/action-status';
import { useCommands } from '../../ui/runtime-context';
import { UserText } from '../../ui/UserText';
import { usePlanWords } from '../actions/use-plan-words';
import { useTitleField } from './use-title-field';

interface Props {
  readonly action: ActionView;
  readonly readOnly: boolean;
}

export function TitleStatusFields({ action, readOnly }: Props) {
  const commands = useCommands();
  const words = usePlanWords();
  const { t } = words;
  const titleId = useId();
  const statusId = useId();
  const title = useTitleField(action);
  const status = words.statusOf(action);
  if (readOnly) {
    return (
      <dl className="detail-facts">
        <dt>{t('plan.panel.title')}</dt><dd><UserText text={words.title(action)} /></dd>
        <dt>{t('plan.panel.status')}</dt><dd>{status}</dd>
      </dl>
    );
  }
  return (
    <div className="detail-row">
      <div className="field grow">
        <label htmlFor={titleId}>{t('plan.panel.title')}</label>
        <input {...title.input} id={titleId} data-initial-focus />
        {title.problem && <p id={title.problemId} className="field-error" role="alert">{title.problem}</p>}
      </div>
      <div className="field">
        <label htmlFor={statusId}>{t('plan.panel.status')}</label>
        <select id={statusId} value={action.status ?? ''}
          onChange={(event) => commands.setStatus(action.id, event.target.value as ActionStatus)}>
          {action.status === null && <option value="" disabled>{status}</option>}
          {ACTION_STATUSES.map((value) => <option key={value} value={value}>{words.status(value)}</option>)}
        </select>
      </div>
    </div>
  );
}
