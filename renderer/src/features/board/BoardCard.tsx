import { memo, type DragEvent, type KeyboardEvent, type Ref } from 'react';
import { PanelRightOpen } from 'lucide-react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/workspace/action-status';
import { useCommands } from '../../ui/runtime-context';
import { useTandemStore } from '../../state/store';
import { DeadlineLabel } from '../compact/DeadlineLabel';
import { DisputedBadge } from '../compact/DisputedBadge';
import { AgreementBadge } from '../agreement/AgreementBadge';
import { EditorsBadge } from '../sync/EditorsBadge';
import { stepAction } from './board-edits';
import { CardAttribution } from './CardAttribution';
import { CardLeads } from './CardLeads';
import { CardSource } from './CardSource';
import { CardTools } from './CardTools';
import { ACTION_DRAG_TYPE } from './drag';
import { focusedControl } from './focus-request';
import { TitleInput } from './TitleInput';
import { UserText } from '../../ui/UserText';
import { usePlanWords } from '../actions/use-plan-words';
import { WindowMarker } from './WindowMarker';

interface Props {
  readonly action: ActionView;
  /** The card's index in its lane (the lane window measures cards by it). */
  readonly index: number;
  /** 1-based and running on across lanes, so every card's accessible names are unique on the page. */
  readonly position: number;
  readonly first: boolean;
  readonly last: boolean;
  readonly readOnly: boolean;
  readonly dropBefore: boolean;
  readonly announce: (message: string | null) => void;
  readonly measure: Ref<HTMLLIElement>;
}

/**
 * One action on the board, as a compact card: code, title, status, both leads, due date and
 * window, who is editing. The title writes through to the document on every keystroke. Alt+↑ /
 * Alt+↓ anywhere in the card move it (not in a select, where Alt+↓ opens the list); focus returns
 * to the control that had it. Enter on the card itself opens its details.
 */
export const BoardCard = memo(function BoardCard({ action, index, position, first, last, readOnly, dropBefore, announce, measure }: Props) {
  const commands = useCommands();
  const words = usePlanWords();
  const { t } = words;
  const openDetail = useTandemStore((state) => state.openDetail);
  const invalid = action.problems.length > 0;
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      openDetail(action.id);
      return;
    }
    if (readOnly || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target instanceof HTMLSelectElement) return;
    event.preventDefault();
    announce(stepAction(words, commands, action.id, event.key === 'ArrowUp' ? -1 : 1, focusedControl()));
  };
  const onDragStart = (event: DragEvent<HTMLSpanElement>) => {
    event.dataTransfer.setData(ACTION_DRAG_TYPE, action.id);
    event.dataTransfer.effectAllowed = 'move';
    const card = event.currentTarget.closest('li');
    if (card) event.dataTransfer.setDragImage(card, 16, 16);
  };
  const classes = ['card', invalid && 'invalid', readOnly && 'read-only', dropBefore && 'drop-before'].filter(Boolean).join(' ');
  return (
    <li ref={measure} data-index={index} className={classes} data-testid="action-row" data-action-id={action.id} tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="card-top">
        {!readOnly && (
          <span className="drag-handle" draggable aria-hidden="true" title={t('plan.board.drag')} data-testid="drag-handle" onDragStart={onDragStart}>
            ⠿
          </span>
        )}
        {action.initiative && <span className="code">{action.initiative}</span>}
        <DisputedBadge ids={action.disputedBy} />
        <AgreementBadge actionId={action.id} />
        <button type="button" className="card-open" data-control="details" aria-label={t('plan.board.detailsFor', { position })} title={t('plan.board.details')}
          onClick={() => openDetail(action.id)}><PanelRightOpen size={15} aria-hidden="true" /></button>
      </div>
      {readOnly
        ? <p className="action-title-text card-title-text"><UserText text={words.title(action)} /></p>
        : <TitleInput action={action} position={position} />}
      <div className="card-meta">
        {readOnly ? (
          <span className={`status-chip status-${action.status ?? 'invalid'}`}>{words.statusOf(action)}</span>
        ) : (
          <select aria-label={t('plan.board.statusOf', { position })} data-control="status" value={action.status ?? ''}
            className={`status-chip status-${action.status ?? 'invalid'}`}
            onChange={(event) => commands.setStatus(action.id, event.target.value as ActionStatus)}>
            {action.status === null && <option value="" disabled>{words.statusOf(action)}</option>}
            {ACTION_STATUSES.map((status) => <option key={status} value={status}>{words.status(status)}</option>)}
          </select>
        )}
        <CardLeads action={action} />
        {action.due && <DeadlineLabel deadline={action.due} />}
        <WindowMarker action={action} />
        <CardSource action={action} />
      </div>
      <CardAttribution action={action} />
      <EditorsBadge actionId={action.id} />
      {!readOnly && <CardTools action={action} position={position} first={first} last={last} announce={announce} />}
      {invalid && (
        <ul className="problems" aria-label={t('plan.board.problemsOf', { position })}>
          {action.problems.map((problem) => <li key={problem}>{problem}</li>)}
        </ul>
      )}
    </li>
  );
});
