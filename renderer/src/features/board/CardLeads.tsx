import { institutionLabel } from '../../../../shared/workspace/institution-view';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';

type Side = 'us' | 'il';
const SIDE_LABEL: Readonly<Record<Side, string>> = { us: 'U.S.', il: 'Israel' };

/**
 * One side's lead as a chip in that delegation's colour: "U.S. NIST", "Israel Technion (Noa
 * Cohen)". A side with no lead shows a quiet gap marker, not a warning on every card; screen
 * readers hear "U.S. lead: none named".
 */
function LeadChip({ side, institution, person }: { readonly side: Side; readonly institution: string | null; readonly person: string | null }) {
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  if (!institution) {
    return (
      <span className={`lead-chip ${side} gap`} title={`No ${SIDE_LABEL[side]} lead named yet`}>
        <span className="lead-side">{SIDE_LABEL[side]}</span><span className="visually-hidden"> lead: none named</span>
        <span className="lead-gap" aria-hidden="true">—</span>
      </span>
    );
  }
  const name = person ? people.get(person)?.name ?? 'a person not in the directory' : null;
  const label = name ? `${institutionLabel(directory, institution)} (${name})` : institutionLabel(directory, institution);
  return (
    <span className={`lead-chip ${side}`} title={`${SIDE_LABEL[side]} lead: ${directory.get(institution)?.name ?? label}${name ? ` (${name})` : ''}`}>
      <span className="lead-side">{SIDE_LABEL[side]}</span><span className="visually-hidden"> lead:</span> <span className="lead-name" dir="auto">{label}</span>
    </span>
  );
}

export function CardLeads({ action }: { readonly action: ActionView }) {
  return (
    <>
      <LeadChip side="us" institution={action.usLead} person={action.usLeadPerson} />
      <LeadChip side="il" institution={action.israelLead} person={action.israelLeadPerson} />
    </>
  );
}
