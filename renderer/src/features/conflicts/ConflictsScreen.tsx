import { useTandemStore } from '../../state/store';
import { useNames } from '../review/use-names';
import { ConflictCard } from './ConflictCard';
import { recordLabel } from './record-label';
import { ResolvedConflicts } from './ResolvedConflicts';
import './conflicts.css';

/**
 * The conflict inbox: fields that two laptops changed at the same time, with both values and who
 * wrote them. The inbox lives in the document, so a decision taken on one laptop reaches the
 * others with the next sync.
 */
export function ConflictsScreen() {
  const inbox = useTandemStore((state) => state.inbox);
  const actions = useTandemStore((state) => state.actions);
  const meetings = useTandemStore((state) => state.meetings);
  const readOnly = useTandemStore((state) => state.identity?.role === 'observer');
  const names = useNames();
  return (
    <section aria-labelledby="conflicts-title" className="conflicts">
      <h2 id="conflicts-title">Conflicts ({inbox.open.length} open)</h2>
      <p className="intro">
        When a sync or a sync file brings a change to a field that was also changed here at the same time, Tandem keeps one
        value and lists both below with who wrote them. Keep the current value, or use the other one; the decision reaches
        the other laptops with the next sync.
      </p>
      {readOnly && <p className="note">Observers see the inbox; delegates and note-takers resolve it.</p>}
      {inbox.unreadable > 0 && (
        <p className="problems" role="status">
          {inbox.unreadable} {inbox.unreadable === 1 ? 'record' : 'records'} of the inbox received from other laptops could not be read and {inbox.unreadable === 1 ? 'is' : 'are'} not shown.
        </p>
      )}
      {inbox.open.length === 0
        ? <p className="empty">No open conflicts.</p>
        : (
          <ul className="conflict-list">
            {inbox.open.map((group) => (
              <ConflictCard key={group.id} group={group} label={recordLabel(group.record, actions, meetings)} names={names} readOnly={readOnly} />
            ))}
          </ul>
        )}
      <ResolvedConflicts items={inbox.resolved} actions={actions} names={names} />
    </section>
  );
}
