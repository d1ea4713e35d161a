import { useTandemStore } from '../../state/store';
import { AgreementSection } from '../agreement/AgreementSection';
import { ActionMeetings } from '../meetings/ActionMeetings';
import { Discussion } from '../discussion/Discussion';
import { DetailPanel } from './DetailPanel';

/**
 * The open action's full editor, in a panel beside the view while `detailActionId` is set (any
 * view may open it).
 * Keyed by the action, so each opening starts from that action's values.
 */
export function ActionDetailPanel() {
  const id = useTandemStore((state) => state.detailActionId);
  const action = useTandemStore((state) => (id ? state.actions.find((candidate) => candidate.id === id) : undefined));
  if (!id) return null;
  return (
    <DetailPanel key={id} id={id} action={action ?? null}>
      <AgreementSection actionId={id} />
      <Discussion item={`action:${id}`} />
      <ActionMeetings actionId={id} />
    </DetailPanel>
  );
}
