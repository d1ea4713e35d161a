import { useCallback, useMemo, useRef, useState } from 'react';
import type { Side, Tier } from '../../../../shared/compact/types';
import type { ActionStatus } from '../../../../shared/workspace/action-status';
import { scheduleOf } from '../../../../shared/plan/schedule';
import { useTandemStore } from '../../state/store';
import { todayIso } from '../../state/today';
import { useReadOnly, useVisibleActions } from '../../state/use-plan';
import { useCommands } from '../../ui/runtime-context';
import { institutionsOf } from '../action-detail/owner-options';
import { AddActionForm } from '../actions/AddActionForm';
import { BulkBar } from './BulkBar';
import type { LeadOption } from './cells';
import { planItems, rangeIds, shownSelection } from './plan-items';
import { PlanList } from './PlanList';
import type { RowEdits } from './PlanRow';
import { useT } from '../../ui/i18n/I18nProvider';
import './plan-list.css';

/**
 * The Plan: every action the filter lets through on one line each, in tier order, with the add
 * form above and, while some are selected, the bulk bar below. Details open in the side panel
 * (the shell's ActionDetailPanel), so the list stays in view.
 */
export function PlanListScreen() {
  const commands = useCommands();
  const t = useT();
  const actions = useVisibleActions();
  const readOnly = useReadOnly();
  const directory = useTandemStore((state) => state.institutions);
  const dates = useTandemStore((state) => state.eventDates.dates);
  const plan = useMemo(() => planItems(actions), [actions]);
  const options = useMemo(() => {
    const of = (side: Side): LeadOption[] => institutionsOf(directory, side)
      .map((item) => ({ id: item.id, label: item.shortName ?? item.name, title: item.name }))
      .sort((a, b) => a.label.localeCompare(b.label));
    return { us: of('us'), israel: of('israel') };
  }, [directory]);
  const anyAction = useTandemStore((state) => state.actions.some((action) => !action.deleted));
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);
  const shown = useMemo(() => shownSelection(plan.rows, selected), [plan.rows, selected]);
  const summary = useMemo(() => {
    const today = todayIso();
    let inside = 0;
    let overdue = 0;
    for (const action of plan.rows) {
      const schedule = scheduleOf(action, dates, today);
      if (schedule.window === 'inside') inside += 1;
      if (schedule.overdue) overdue += 1;
    }
    return { inside, overdue };
  }, [plan.rows, dates]);

  const onToggle = useCallback((id: string, range: boolean) => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (range && anchor.current !== null) {
        for (const each of rangeIds(plan.rows, anchor.current, id)) next.add(each);
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    if (!range) anchor.current = id;
  }, [plan.rows]);
  const onExtend = useCallback((from: string, to: string) => {
    setSelected((previous) => new Set([...previous, from, to]));
    anchor.current = to;
  }, []);
  /** Clears the selection; false when there was none (Escape then has nothing to do). */
  const clear = useCallback(() => {
    anchor.current = null;
    if (selected.size === 0) return false;
    setSelected(new Set());
    return true;
  }, [selected]);
  const edits = useMemo<RowEdits>(() => ({
    status: (id: string, status: ActionStatus) => { commands.setStatus(id, status); },
    lead: (id: string, side: Side, institution: string | null) => { commands.setLead({ kind: 'action', id }, side, institution, null); },
    tier: (id: string, tier: Tier | null) => { commands.bulkEdit([id], { field: 'tier', tier }); },
  }), [commands]);

  return (
    <div className="plan-list-screen" data-testid="plan-list">
      <div className="plan-toolbar">
        {!readOnly && <AddActionForm />}
        <p className="plan-summary" data-testid="plan-summary">
          {t('plan.list.summary', { inside: summary.inside })}
          {summary.overdue > 0 && <><span aria-hidden="true"> · </span><span className="plan-summary-overdue">{t('plan.list.overdue', { count: summary.overdue })}</span></>}
        </p>
      </div>
      {plan.rows.length === 0 ? (
        <p className="empty plan-empty">{t(!anyAction ? 'plan.list.emptyNone' : 'plan.list.emptyFilter')}</p>
      ) : (
        <PlanList plan={plan} selected={selected} readOnly={readOnly} usOptions={options.us} israelOptions={options.israel}
          edits={edits} onToggle={onToggle} onExtend={onExtend} onClearSelection={clear} />
      )}
      {shown.length > 0 && !readOnly && <BulkBar ids={shown} usOptions={options.us} israelOptions={options.israel} onClear={clear} />}
    </div>
  );
}
