import { institutionLabel } from '../../../../shared/workspace/institution-view';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { DeadlineLabel } from '../compact/DeadlineLabel';
import { SourceQuote } from '../compact/SourceQuote';
import { DisputedBadge } from '../compact/DisputedBadge';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';

/**
 * What the plan says about an action besides its title: initiative, whether it rests on a disputed
 * value, leads, due date, and its sources (or the note that the compact gives none for its tier).
 */
export function ActionMeta({ action }: { readonly action: ActionView }) {
  const t = useT();
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const lead = (id: string | null, person: string | null) => {
    if (!id) return null;
    const name = person ? people.get(person)?.name ?? t('plan.meta.personMissing') : null;
    return name ? `${institutionLabel(directory, id)} (${name})` : institutionLabel(directory, id);
  };
  if (!action.tier && !action.initiative && !action.due && !action.source && !action.usLead && !action.israelLead && action.disputedBy.length === 0) return null;
  return (
    <div className="action-meta">
      {action.initiative && <span className="code">{action.initiative}</span>}
      <DisputedBadge ids={action.disputedBy} />
      <span className={action.usLead ? 'lead' : 'lead gap'}>{t('plan.meta.lead', { side: 'us', name: lead(action.usLead, action.usLeadPerson) ?? t('plan.meta.noneNamed') })}</span>
      <span className={action.israelLead ? 'lead' : 'lead gap'}>{t('plan.meta.lead', { side: 'israel', name: lead(action.israelLead, action.israelLeadPerson) ?? t('plan.meta.noneNamed') })}</span>
      {action.due ? <DeadlineLabel deadline={action.due} /> : <span className="deadline undated">{t('plan.meta.noDeadline')}</span>}
      {action.source && (
        <details className="source-details">
          <summary>{t(action.fromSeed ? 'plan.source.drafted' : 'plan.source.source')}</summary>
          <SourceQuote passage={action.source} label={t('plan.source.commitment')} />
          {action.tierSource && <SourceQuote passage={action.tierSource} label={t('plan.source.whyTier')} />}
          {action.tierNote && <p className="tier-note" data-testid="tier-note"><strong>{t(action.tierSource ? 'plan.source.noteTierLabel' : 'plan.source.whyTierLabel')}</strong> <UserText text={action.tierNote} /></p>}
        </details>
      )}
    </div>
  );
}
