/**
 * The plan's words in the interface's language. shared/ names statuses, tiers, window
 * placements and offsets by code (and keeps English labels for exports); the views say them
 * through the messages `plan.status.*`, `plan.tier.*`, `plan.window.*`, `plan.offset.*`, so a
 * Hebrew reader reads Hebrew in the list, the board, the panel, the filter and the timeline.
 */
import { useMemo } from 'react';
import type { Deadline, Offset } from '../../../../shared/compact/deadline-types';
import { resolveDeadline, type EventDates } from '../../../../shared/compact/deadlines';
import type { Tier } from '../../../../shared/compact/types';
import { timingOf, SIGNING_EVENT, type Schedule, type WindowPlacement } from '../../../../shared/plan/schedule';
import type { ActionStatus } from '../../../../shared/workspace/action-status';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useT, type Translate } from '../../ui/i18n/I18nProvider';
import { useFormatDay } from '../../ui/locale';

export interface PlanWords {
  readonly t: Translate;
  readonly status: (status: ActionStatus) => string;
  /** The action's status, or that its stored status is not one. */
  readonly statusOf: (action: ActionView) => string;
  /** A tier's full name; null is "Not yet sequenced". */
  readonly tier: (tier: Tier | null) => string;
  /** A tier's short name, for the list's chips. */
  readonly tierShort: (tier: Tier | null) => string;
  readonly windowShort: (placement: WindowPlacement) => string;
  readonly windowLong: (placement: WindowPlacement) => string;
  /** The one timing marker every view shows (timingOf): window, overdue, or due before its event. */
  readonly timing: (schedule: Schedule, eventName: (id: string) => string) => string;
  readonly offset: (offset: Offset) => string;
  /** "90 days after Compact signing", or the document's phrase for a calendar date. */
  readonly rule: (deadline: Deadline, eventName: (id: string) => string) => string;
  /** A due date as the row's chip says it, in the reader's locale. */
  readonly dueChip: (deadline: Deadline | null, dates: EventDates) => string;
  /** An action's title, or "Untitled action". */
  readonly title: (action: { readonly title: string } | undefined | null) => string;
}

export function planWords(t: Translate, day: (iso: string) => string): PlanWords {
  const offset = ({ amount, unit }: Offset) => t(`plan.offset.${unit}`, { count: amount });
  const tier = (value: Tier | null) => t(value ? `plan.tier.${value}` : 'plan.tier.none');
  return {
    t,
    status: (status) => t(`plan.status.${status}`),
    statusOf: (action) => (action.status ? t(`plan.status.${action.status}`) : t('plan.status.invalid', { raw: action.rawStatus || '—' })),
    tier,
    tierShort: (value) => t(value ? `plan.tier.short.${value}` : 'plan.tier.short.none'),
    windowShort: (placement) => t(`plan.window.short.${placement}`),
    windowLong: (placement) => t(`plan.window.long.${placement}`),
    timing: (schedule, eventName) => {
      const timing = timingOf(schedule);
      return timing === 'before-start'
        ? t('plan.window.dueBefore', { event: eventName(schedule.beforeEvent ?? SIGNING_EVENT) })
        : t(`plan.timing.${timing}`);
    },
    offset,
    rule: (deadline, eventName) => {
      switch (deadline.kind) {
        case 'calendar': return deadline.phrase;
        case 'within': return t('plan.rule.within', { offset: offset(deadline.offset), event: eventName(deadline.event) });
        case 'window': return t('plan.rule.window', { from: offset(deadline.from), to: offset(deadline.to), event: eventName(deadline.event) });
      }
    },
    dueChip: (deadline, dates) => {
      if (!deadline) return t('plan.due.none');
      const resolved = resolveDeadline(deadline, dates);
      if (resolved.state === 'dated') return day(resolved.date);
      if (resolved.state === 'dated-window') return t('plan.due.by', { date: day(resolved.to) });
      if (deadline.kind === 'within') return t('plan.due.after', { offset: offset(deadline.offset) });
      if (deadline.kind === 'window') return t('plan.due.after', { offset: offset(deadline.to) });
      return deadline.phrase;
    },
    title: (action) => (action && action.title.trim() !== '' ? action.title : t('plan.untitled')),
  };
}

export function usePlanWords(): PlanWords {
  const t = useT();
  const day = useFormatDay();
  return useMemo(() => planWords(t, day), [t, day]);
}
