import { institutionLabel } from '../../../../shared/workspace/institution-view';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';

type Side = 'us' | 'il';
const SIDE_MESSAGE = { us: 'plan.side.us', il: 'plan.side.israel' } as const;

/**
 * One side's lead as a chip in that delegation's colour: "U.S. NIST", "Israel Technion (Noa
 * Cohen)". A side with no lead shows a quiet gap marker, not a warning on every card; screen
 * readers hear "U.S. lead: none named".
 */
function LeadChip({ side, institution, person }: { readonly side: Side; readonly institution: string | null; readonly person: string | null }) {
  const t = useT();
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const sideWord = t(SIDE_MESSAGE[side]);
  if (!institution) {
    return (
      <span className={`lead-chip ${side} gap`} title={t('plan.leads.none', { side: sideWord })}>
        <span className="lead-side">{sideWord}</span><span className="visually-hidden">{t('plan.leads.noneHidden')}</span>
        <span className="lead-gap" aria-hidden="true">—</span>
      </span>
    );
  }
  const name = person ? people.get(person)?.name ?? t('plan.meta.personMissing') : null;
  const label = name ? `${institutionLabel(directory, institution)} (${name})` : institutionLabel(directory, institution);
  const full = directory.get(institution)?.name ?? label;
  return (
    <span className={`lead-chip ${side}`} title={name ? t('plan.leads.titlePerson', { side: sideWord, name: full, person: name }) : t('plan.leads.title', { side: sideWord, name: full })}>
      <span className="lead-side">{sideWord}</span><span className="visually-hidden">{t('plan.leads.hidden')}</span> <UserText className="lead-name" text={label} />
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
