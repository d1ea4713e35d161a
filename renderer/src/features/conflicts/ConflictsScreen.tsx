import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
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
  const t = useT();
  return (
    <section aria-labelledby="conflicts-title" className="conflicts">
      <h2 id="conflicts-title">{t('review.conflicts.title', { count: inbox.open.length })}</h2>
      <p className="intro">{t('review.conflicts.intro')}</p>
      {readOnly && <p className="note">{t('review.conflicts.observers')}</p>}
      {inbox.unreadable > 0 && (
        <p className="problems" role="status">
          {t('review.conflicts.unreadable', { count: inbox.unreadable })}
        </p>
      )}
      {inbox.open.length === 0
        ? <p className="empty">{t('review.conflicts.none')}</p>
        : (
          <ul className="conflict-list">
            {inbox.open.map((group) => (
              <ConflictCard key={group.id} group={group} label={recordLabel(group.record, t, actions, meetings)} names={names} readOnly={readOnly} />
            ))}
          </ul>
        )}
      <ResolvedConflicts items={inbox.resolved} actions={actions} names={names} />
    </section>
  );
}
