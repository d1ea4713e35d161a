import type { ActionView } from '../../../../shared/workspace/action-view';
import { DecisionOrigin } from '../meetings/DecisionOrigin';
import { when, who } from './attribution';

/**
 * Who put the action on the plan and who last changed it, in one quiet line. A draft from the
 * compact that nobody has touched says nothing here (its book icon says where it comes from), so
 * the seeded plan is not thirty cards that all say the same.
 */
export function CardAttribution({ action }: { readonly action: ActionView }) {
  const edited = action.editedAt !== action.createdAt;
  if (action.fromSeed && !edited && !action.decision) return null;
  const origin = action.fromSeed ? null : <>Added by {who(action.createdBy)}</>;
  const change = edited ? <>{origin ? ' · last edited by ' : 'Last edited by '}{who(action.editedBy)}, {when(action.editedAt)}</> : null;
  return (
    <p className="attribution">
      {origin}
      {action.decision && <DecisionOrigin decisionId={action.decision} />}
      {change}
    </p>
  );
}
