import type { Deadline } from '../../../../shared/compact/deadline-types';
import { describeRule, resolveDeadline } from '../../../../shared/compact/deadlines';
import { displayText } from '../../../../shared/compact/source-text';
import { useTandemStore } from '../../state/store';
import { useEventNames } from '../../state/use-compact';
import { useFormatDay } from '../../ui/locale';

/**
 * A deadline as a date (in the reader's locale, ISO in `dateTime`) once its anchor event has one,
 * otherwise in the document's words with what it waits for. Where the document leaves the event unsaid, the label says so.
 */
export function DeadlineLabel({ deadline }: { readonly deadline: Deadline }) {
  const dates = useTandemStore((state) => state.eventDates.dates);
  const eventName = useEventNames();
  const day = useFormatDay();
  const resolved = resolveDeadline(deadline, dates);
  const rule = describeRule(deadline, eventName);
  const implied = (deadline.kind !== 'calendar' && !deadline.eventStated ? '; the event is implied, not stated' : '') +
    (deadline.kind !== 'calendar' && deadline.anchorNote ? '; the anchor is an interpretation' : '');
  const note = deadline.kind !== 'calendar' && deadline.anchorNote
    ? <span className="anchor-note" data-testid="anchor-note" title={deadline.anchorNote}> ⓘ</span> : null;
  switch (resolved.state) {
    case 'dated':
      return (
        <span className="deadline dated" data-testid="deadline">
          Due <time dateTime={resolved.date}>{day(resolved.date)}</time>
          {deadline.kind !== 'calendar' && <span className="rule"> ({rule}{implied})</span>}{note}
        </span>
      );
    case 'dated-window':
      return (
        <span className="deadline dated" data-testid="deadline">
          <time dateTime={resolved.from}>{day(resolved.from)}</time> to <time dateTime={resolved.to}>{day(resolved.to)}</time>
          <span className="rule"> ({rule}{implied})</span>{note}
        </span>
      );
    case 'relative':
      return (
        <span className="deadline relative" data-testid="deadline">
          “{displayText(deadline.phrase)}” <span className="rule">({rule}{implied}; a date once {eventName(resolved.event)} is set)</span>{note}
        </span>
      );
  }
}
