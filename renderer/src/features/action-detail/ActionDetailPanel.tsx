import { useTandemStore } from '../../state/store';
import { ActionMeetings } from '../meetings/ActionMeetings';
import { DetailDialog } from './DetailDialog';

/**
 * The open action's full editor, shown while `detailActionId` is set (any view may open it).
 * Keyed by the action, so each opening starts from that action's values.
 */
export function ActionDetailPanel() {
  const id = useTandemStore((state) => state.detailActionId);
  const action = useTandemStore((state) => (id ? state.actions.find((candidate) => candidate.id === id) : undefined));
  if (!id) return null;
  return <DetailDialog key={id} id={id} action={action ?? null}><ActionMeetings actionId={id} /></DetailDialog>;
}
