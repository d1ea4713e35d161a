import { institutionLabel } from '../../../../shared/workspace/institution-view';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { DeadlineLabel } from '../compact/DeadlineLabel';
import { SourceQuote } from '../compact/SourceQuote';
import { DisputedBadge } from '../compact/DisputedBadge';

/**
 * What the plan says about an action besides its title: initiative, whether it rests on a disputed
 * value, leads, due date, and its sources (or the note that the compact gives none for its tier).
 */
export function ActionMeta({ action }: { readonly action: ActionView }) {
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const lead = (id: string | null, person: string | null) => {
    if (!id) return null;
    const name = person ? people.get(person)?.name ?? 'a person not in the directory' : null;
    return name ? `${institutionLabel(directory, id)} (${name})` : institutionLabel(directory, id);
  };
  if (!action.tier && !action.initiative && !action.due && !action.source && !action.usLead && !action.israelLead && action.disputedBy.length === 0) return null;
  return (
    <div className="action-meta">
      {action.initiative && <span className="code">{action.initiative}</span>}
      <DisputedBadge ids={action.disputedBy} />
      <span className={action.usLead ? 'lead' : 'lead gap'}>U.S. lead: {lead(action.usLead, action.usLeadPerson) ?? 'none named'}</span>
      <span className={action.israelLead ? 'lead' : 'lead gap'}>Israel lead: {lead(action.israelLead, action.israelLeadPerson) ?? 'none named'}</span>
      {action.due ? <DeadlineLabel deadline={action.due} /> : <span className="deadline undated">No deadline</span>}
      {action.source && (
        <details className="source-details">
          <summary>{action.fromSeed ? 'Drafted from the compact' : 'Source'}</summary>
          <SourceQuote passage={action.source} label="Commitment" />
          {action.tierSource && <SourceQuote passage={action.tierSource} label="Why this tier" />}
          {action.tierNote && <p className="tier-note" data-testid="tier-note" dir="auto"><strong>{action.tierSource ? 'Note on this tier' : 'Why this tier'}:</strong> {action.tierNote}</p>}
        </details>
      )}
    </div>
  );
}
