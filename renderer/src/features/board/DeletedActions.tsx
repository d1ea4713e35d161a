import type { ActionView } from '../../../../shared/workspace/action-view';
import { useCommands } from '../../ui/runtime-context';
import { UserText } from '../../ui/UserText';
import { usePlanWords } from '../actions/use-plan-words';
import { restoreAction } from './board-edits';
import { useAttribution } from './attribution';

interface Props {
  readonly actions: readonly ActionView[];
  readonly readOnly: boolean;
  readonly announce: (message: string | null) => void;
}

/** Soft-deleted actions, in a strip under the lanes: kept with their history and links, restorable by anyone who edits. */
export function DeletedActions({ actions, readOnly, announce }: Props) {
  const commands = useCommands();
  const words = usePlanWords();
  const { t } = words;
  const { who } = useAttribution();
  return (
    <section className="deleted-actions" aria-labelledby="deleted-actions-title">
      <h2 id="deleted-actions-title">{t('plan.deleted.heading')} <span className="count">{actions.length}</span></h2>
      {actions.length === 0 ? (
        <p className="empty" title={t('plan.deleted.emptyTitle')}>{t('plan.deleted.empty')}</p>
      ) : (
        <ul className="deleted-list" aria-label={t('plan.deleted.list')}>
          {actions.map((action) => (
            <li key={action.id} className="deleted-action" data-testid="deleted-action" data-action-id={action.id} tabIndex={-1}>
              <UserText className="deleted-title" text={words.title(action)} />
              <span className="note">{t('plan.deleted.note', { lane: words.tier(action.tier), who: who(action.editedBy) })}</span>
              {!readOnly && (
                <button type="button" className="secondary" data-control="restore" onClick={() => announce(restoreAction(words, commands, action.id))}>
                  {t('plan.deleted.restore')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
