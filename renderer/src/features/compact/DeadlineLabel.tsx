import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Deadline } from '../../../../shared/compact/deadline-types';
import { resolveDeadline } from '../../../../shared/compact/deadlines';
import { displayText } from '../../../../shared/compact/source-text';
import { useTandemStore } from '../../state/store';
import { useFormatDay } from '../../ui/locale';
import { useDescribeRule, useEventLabel } from './use-deadline-words';

/**
 * A deadline as a date (in the reader's locale, ISO in `dateTime`) once its anchor event has one,
 * otherwise in the document's words (isolated: they are the document's English) with what it
 * waits for. Where the document leaves the event unsaid, the label says so.
 */
export function DeadlineLabel({ deadline }: { readonly deadline: Deadline }) {
  const dates = useTandemStore((state) => state.eventDates.dates);
  const eventLabel = useEventLabel();
  const describeRule = useDescribeRule();
  const intl = useIntl();
  const day = useFormatDay();
  const resolved = resolveDeadline(deadline, dates);
  const relativeKind = deadline.kind !== 'calendar';
  const flags = {
    implied: relativeKind && !deadline.eventStated ? 'yes' : 'no',
    interpreted: relativeKind && deadline.anchorNote ? 'yes' : 'no',
  };
  const rule = <bdi>{describeRule(deadline)}</bdi>;
  const note = deadline.kind !== 'calendar' && deadline.anchorNote
    ? <span className="anchor-note" data-testid="anchor-note" title={deadline.anchorNote}> ⓘ</span> : null;
  const timeOf = (iso: string) => (chunks: ReactNode[]) => <time dateTime={iso}>{chunks}</time>;
  switch (resolved.state) {
    case 'dated':
      return (
        <span className="deadline dated" data-testid="deadline">
          {intl.formatMessage({ id: 'data.deadline.due' }, { date: day(resolved.date), time: timeOf(resolved.date) })}
          {relativeKind && <span className="rule"> {intl.formatMessage({ id: 'data.deadline.rule' }, { rule, ...flags })}</span>}{note}
        </span>
      );
    case 'dated-window':
      return (
        <span className="deadline dated" data-testid="deadline">
          {intl.formatMessage({ id: 'data.deadline.window' }, { from: day(resolved.from), to: day(resolved.to), start: timeOf(resolved.from), end: timeOf(resolved.to) })}
          <span className="rule"> {intl.formatMessage({ id: 'data.deadline.rule' }, { rule, ...flags })}</span>{note}
        </span>
      );
    case 'relative':
      return (
        <span className="deadline relative" data-testid="deadline">
          <bdi lang="en">“{displayText(deadline.phrase)}”</bdi>{' '}
          <span className="rule">{intl.formatMessage({ id: 'data.deadline.relativeRule' }, { rule, event: eventLabel(resolved.event), ...flags })}</span>{note}
        </span>
      );
  }
}
