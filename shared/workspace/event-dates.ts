/**
 * The dates delegations give the compact's anchor events. One value per event, last writer wins
 * (a concurrent change is the conflict inbox's business, not this module's). Values from peers are
 * untrusted: anything that is not a real day is left out of the dates deadlines count from, and
 * reported, so a malformed date never produces a wrong deadline.
 */
import type * as Y from 'yjs';
import { dateProblem } from '../compact/calendar';
import { OperationError } from './actions';
import { LOCAL_ORIGIN, eventDatesMap } from './schema';

export interface EventDatesView {
  /** Event id → ISO day, for valid values only. */
  readonly dates: ReadonlyMap<string, string>;
  /** Event id → what is wrong with the stored value. */
  readonly problems: ReadonlyMap<string, string>;
}

/** Sets (or, with null, clears) an event's date. `knownEvents` are the seed's event ids. */
export function setEventDate(doc: Y.Doc, eventId: string, date: string | null, knownEvents: ReadonlySet<string>): void {
  if (!knownEvents.has(eventId)) throw new OperationError(`There is no anchor event “${eventId}”.`);
  const map = eventDatesMap(doc);
  if (date === null) {
    if (map.has(eventId)) doc.transact(() => map.delete(eventId), LOCAL_ORIGIN);
    return;
  }
  const problem = dateProblem(date);
  if (problem) throw new OperationError(problem);
  if (map.get(eventId) === date) return;
  doc.transact(() => map.set(eventId, date), LOCAL_ORIGIN);
}

export function deriveEventDates(doc: Y.Doc, previous?: EventDatesView): EventDatesView {
  const dates = new Map<string, string>();
  const problems = new Map<string, string>();
  eventDatesMap(doc).forEach((value, eventId) => {
    if (typeof value !== 'string') problems.set(eventId, `A date must be text, found ${typeof value}.`);
    else {
      const problem = dateProblem(value);
      if (problem) problems.set(eventId, problem);
      else dates.set(eventId, value);
    }
  });
  if (previous && sameEntries(previous.dates, dates) && sameEntries(previous.problems, problems)) return previous;
  return { dates, problems };
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}
