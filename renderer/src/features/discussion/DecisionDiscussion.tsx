import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { Discussion, useThread } from './Discussion';
import { mentionsOf } from './thread-marks';

/** A decision's thread under it in the meeting, folded to one line ("2 comments", "Mentions you") until opened. */
export function DecisionDiscussion({ decisionId }: { readonly decisionId: string }) {
  const t = useT();
  const item = `decision:${decisionId}`;
  const thread = useThread(item);
  const me = useTandemStore((state) => state.identity);
  const mentioned = mentionsOf(thread, me);
  return (
    <details className="decision-discussion" data-testid="decision-discussion">
      <summary>
        {t('discussion.decision.toggle', { count: thread.length })}
        {mentioned > 0 && <span className="mention-badge" title={t('discussion.mentionsYouTitle', { count: mentioned })}>{t('discussion.mentionsYou')}</span>}
      </summary>
      <Discussion item={item} heading={false} />
    </details>
  );
}
