import type { ActionView } from '../../../../shared/workspace/action-view';
import { useT } from '../../ui/i18n/I18nProvider';
import { DecisionOrigin } from '../meetings/DecisionOrigin';
import { useAttribution } from './attribution';

/**
 * Who put the action on the plan and who last changed it, in one quiet line. A draft from the
 * compact that nobody has touched says nothing here (its book icon says where it comes from), so
 * the seeded plan is not thirty cards that all say the same.
 */
export function CardAttribution({ action }: { readonly action: ActionView }) {
  const t = useT();
  const { who, when } = useAttribution();
  const edited = action.editedAt !== action.createdAt;
  if (action.fromSeed && !edited && !action.decision) return null;
  const origin = action.fromSeed ? null : t('plan.attr.added', { who: who(action.createdBy) });
  const change = edited ? t(origin ? 'plan.attr.editedAfter' : 'plan.attr.edited', { who: who(action.editedBy), when: when(action.editedAt) }) : null;
  return (
    <p className="attribution">
      {origin}
      {action.decision && <DecisionOrigin decisionId={action.decision} />}
      {change}
    </p>
  );
}
