import { useMemo } from 'react';
import { compactDeadlines, countByEvent } from '../../../../shared/compact/deadline-index';
import { useTandemStore } from '../../state/store';
import { useCompact } from '../../state/use-compact';
import { useT } from '../../ui/i18n/I18nProvider';
import { EventDateRow } from './EventDateRow';
import './key-dates.css';

/**
 * The anchor events the compact's deadlines count from. Dating one dates every deadline on it.
 * Counts take the compact's own deadlines plus the live actions' due dates (which delegations edit),
 * not the seed's draft plan.
 */
export function KeyDatesScreen() {
  const compact = useCompact();
  const actions = useTandemStore((state) => state.actions);
  const t = useT();
  const counts = useMemo(() => {
    const fromCompact = compactDeadlines(compact).filter((entry) => entry.where !== 'Plan');
    const fromPlan = actions.filter((action) => !action.deleted && action.due).map((action) => ({ deadline: action.due!, where: 'Plan' }));
    return countByEvent([...fromCompact, ...fromPlan]);
  }, [compact, actions]);
  return (
    <section aria-labelledby="key-dates-title">
      <h2 id="key-dates-title">{t('data.dates.title')}</h2>
      <p className="intro">{t('data.dates.intro')}</p>
      <ul className="events">
        {compact.events.map((event) => <EventDateRow key={event.id} event={event} dependents={counts.get(event.id) ?? 0} />)}
      </ul>
    </section>
  );
}
