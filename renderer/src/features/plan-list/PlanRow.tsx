import { memo, useRef, useState, type MouseEvent } from 'react';
import type { Side, Tier } from '../../../../shared/compact/types';
import { scheduleOf } from '../../../../shared/plan/schedule';
import type { ActionView } from '../../../../shared/workspace/action-view';
import type { ActionStatus } from '../../../../shared/workspace/action-status';
import { useTandemStore } from '../../state/store';
import { todayIso } from '../../state/today';
import { UserText } from '../../ui/UserText';
import { DueCell } from './DueCell';
import { LeadCell, StatusCell, TierCell, type LeadOption } from './cells';
import { Presence } from './Presence';
import { WindowBadge } from './WindowBadge';
import { AgreementBadge } from '../agreement/AgreementBadge';
import { usePlanWords } from '../actions/use-plan-words';

export interface RowEdits {
  readonly status: (id: string, status: ActionStatus) => void;
  readonly lead: (id: string, side: Side, institution: string | null) => void;
  readonly tier: (id: string, tier: Tier | null) => void;
}

interface Props {
  readonly action: ActionView;
  /** 1-based place in the whole list, for aria-posinset. */
  readonly position: number;
  readonly total: number;
  readonly selected: boolean;
  readonly open: boolean;
  /** The row that holds the list's one Tab stop. */
  readonly tabStop: boolean;
  readonly readOnly: boolean;
  readonly usOptions: readonly LeadOption[];
  readonly israelOptions: readonly LeadOption[];
  readonly edits: RowEdits;
  readonly onToggle: (id: string, range: boolean) => void;
  readonly onOpen: (id: string) => void;
  readonly onFocusRow: (id: string) => void;
}

/**
 * One action on one line: select, code, status, title (opens the detail), window, due, the two
 * leads, tier, and who has it open. Memoised: a keystroke elsewhere re-renders no row.
 */
export const PlanRow = memo(function PlanRow(props: Props) {
  const { action, position, total, selected, open, tabStop, readOnly, usOptions, israelOptions, edits, onToggle, onOpen, onFocusRow } = props;
  const self = useRef<HTMLLIElement>(null);
  // Pointed at or focused once: the lead menus list the whole directory from then on (cells.tsx).
  const [armed, setArmed] = useState(false);
  const dates = useTandemStore((state) => state.eventDates.dates);
  const people = useTandemStore((state) => state.people);
  const schedule = scheduleOf(action, dates, todayIso());
  const words = usePlanWords();
  const title = words.title(action);
  const name = title;
  const personName = (id: string | null) => (id ? people.get(id)?.name ?? null : null);
  const openFromTitle = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onOpen(action.id);
  };
  const classes = ['plan-row', selected && 'selected', open && 'open', action.problems.length > 0 && 'invalid'].filter(Boolean).join(' ');
  return (
    <li ref={self} className={classes} data-testid="action-row" data-action-id={action.id} tabIndex={tabStop ? 0 : -1}
      aria-setsize={total} aria-posinset={position} aria-current={open ? 'true' : undefined}
      onPointerEnter={() => setArmed(true)}
      onFocus={(event) => { setArmed(true); if (event.target === event.currentTarget) onFocusRow(action.id); }}>
      <span className="plan-cell plan-check">
        <input type="checkbox" tabIndex={-1} data-control="select" checked={selected} aria-label={words.t('plan.row.select', { title: name })}
          onClick={(event) => onToggle(action.id, event.shiftKey)} onChange={() => undefined} />
      </span>
      <span className="plan-cell plan-code" title={action.initiative ?? words.t('plan.noInitiative')}>{action.initiative ?? '—'}</span>
      <StatusCell action={action} name={name} readOnly={readOnly} onChange={(status) => edits.status(action.id, status)} />
      <span className="plan-cell plan-title-cell">
        <a href={`#/plan/action/${encodeURIComponent(action.id)}`} className="plan-title" data-control="title" tabIndex={-1} dir="auto"
          title={title} onClick={openFromTitle}><UserText text={title} /></a>
        <AgreementBadge actionId={action.id} short />
        {action.problems.length > 0 && <span className="plan-problem" title={action.problems.join(' ')}>{words.t('plan.row.invalid')}</span>}
      </span>
      <WindowBadge schedule={schedule} />
      <DueCell action={action} name={name} readOnly={readOnly} overdue={schedule.overdue} onDone={() => self.current?.focus({ preventScroll: true })} />
      <LeadCell armed={armed} side="us" lead={action.usLead} person={personName(action.usLeadPerson)} name={name} options={usOptions} readOnly={readOnly}
        onChange={(institution) => edits.lead(action.id, 'us', institution)} />
      <LeadCell armed={armed} side="israel" lead={action.israelLead} person={personName(action.israelLeadPerson)} name={name} options={israelOptions}
        readOnly={readOnly} onChange={(institution) => edits.lead(action.id, 'israel', institution)} />
      <TierCell tier={action.tier} name={name} readOnly={readOnly} onChange={(tier) => edits.tier(action.id, tier)} />
      <Presence actionId={action.id} />
    </li>
  );
});
