import { useId } from 'react';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { useCommands } from '../../ui/runtime-context';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { TIERS, type Tier } from '../../../../shared/compact/types';
import { deleteAction, sendToLane, stepAction } from './board-edits';
import { usePlanWords } from '../actions/use-plan-words';

const NONE = 'none';

interface Props {
  readonly action: ActionView;
  readonly position: number;
  readonly first: boolean;
  readonly last: boolean;
  readonly announce: (message: string | null) => void;
}

/**
 * A card's editing tools, shown while the pointer is over the card or focus is inside it (CSS):
 * the keyboard's way to sequence (drag and drop is the mouse's), step up or down, or send to the
 * end of another lane, and delete. At a lane's edge a step button stays focusable (aria-disabled,
 * not disabled), so focus is not thrown out of the card by the last step.
 */
export function CardTools({ action, position, first, last, announce }: Props) {
  const commands = useCommands();
  const laneId = useId();
  const words = usePlanWords();
  const { t } = words;
  const step = (delta: -1 | 1, control: string) => announce(stepAction(words, commands, action.id, delta, control));
  return (
    <div className="card-tools" role="group" aria-label={t('plan.board.tools', { position })}>
      <button type="button" className="tool" data-control="up" aria-disabled={first || undefined} title={t('plan.board.moveUpTitle')}
        aria-keyshortcuts="Alt+ArrowUp" aria-label={t('plan.board.moveUp', { position })} onClick={() => step(-1, 'up')}><ArrowUp size={14} aria-hidden="true" /></button>
      <button type="button" className="tool" data-control="down" aria-disabled={last || undefined} title={t('plan.board.moveDownTitle')}
        aria-keyshortcuts="Alt+ArrowDown" aria-label={t('plan.board.moveDown', { position })} onClick={() => step(1, 'down')}><ArrowDown size={14} aria-hidden="true" /></button>
      <label className="visually-hidden" htmlFor={laneId}>{t('plan.board.moveLane')}</label>
      <select id={laneId} className="tool-lane" data-control="lane" value={action.tier ?? NONE} title={t('plan.board.moveLane')}
        onChange={(event) => {
          const value = event.target.value;
          announce(sendToLane(words, commands, action.id, value === NONE ? null : (value as Tier), 'lane'));
        }}>
        {[null, ...TIERS].map((tier) => <option key={tier ?? NONE} value={tier ?? NONE}>{words.tier(tier)}</option>)}
      </select>
      <button type="button" className="tool danger" data-control="delete" aria-label={t('plan.board.delete', { position })} title={t('plan.board.deleteTitle')}
        onClick={() => announce(deleteAction(words, commands, action.id))}><Trash2 size={14} aria-hidden="true" /></button>
    </div>
  );
}
