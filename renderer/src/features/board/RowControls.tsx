import { useId } from 'react';
import { useCommands } from '../../ui/runtime-context';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { TIERS, type Tier } from '../../../../shared/compact/types';
import { useTandemStore } from '../../state/store';
import { deleteAction, sendToLane, stepAction } from './board-edits';
import { laneLabel } from './board-moves';

const NONE = 'none';

interface Props {
  readonly action: ActionView;
  readonly position: number;
  readonly first: boolean;
  readonly last: boolean;
  readonly readOnly: boolean;
  readonly announce: (message: string | null) => void;
}

/**
 * A row's buttons. Observers get Details only. Editors also get the keyboard's way to sequence
 * (drag and drop is the mouse's): step up or down, or send to the end of another lane. At a
 * lane's edge a step button stays focusable (aria-disabled, not disabled), so focus is not thrown
 * out of the row by the last step.
 */
export function RowControls({ action, position, first, last, readOnly, announce }: Props) {
  const commands = useCommands();
  const openDetail = useTandemStore((state) => state.openDetail);
  const laneId = useId();
  const details = (
    <button type="button" className="secondary" data-control="details" aria-label={`Details for action ${position}`}
      onClick={() => openDetail(action.id)}>Details</button>
  );
  if (readOnly) return <div className="row-controls">{details}</div>;
  const step = (delta: -1 | 1, control: string) => announce(stepAction(commands, action.id, delta, control));
  return (
    <div className="row-controls">
      <button type="button" className="secondary" data-control="up" aria-disabled={first || undefined}
        aria-keyshortcuts="Alt+ArrowUp" aria-label={`Move up action ${position}`} onClick={() => step(-1, 'up')}>Move up</button>
      <button type="button" className="secondary" data-control="down" aria-disabled={last || undefined}
        aria-keyshortcuts="Alt+ArrowDown" aria-label={`Move down action ${position}`} onClick={() => step(1, 'down')}>Move down</button>
      <label className="move-lane" htmlFor={laneId}>Move to lane</label>
      <select id={laneId} data-control="lane" value={action.tier ?? NONE}
        onChange={(event) => {
          const value = event.target.value;
          announce(sendToLane(commands, action.id, value === NONE ? null : (value as Tier), 'lane'));
        }}>
        {[null, ...TIERS].map((tier) => <option key={tier ?? NONE} value={tier ?? NONE}>{laneLabel(tier)}</option>)}
      </select>
      {details}
      <button type="button" className="secondary danger" data-control="delete" aria-label={`Delete action ${position}`} onClick={() => announce(deleteAction(commands, action.id))}>Delete</button>
    </div>
  );
}
