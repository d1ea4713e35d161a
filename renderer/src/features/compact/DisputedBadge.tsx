import type { Discrepancy } from '../../../../shared/compact/types';
import { useCompact } from '../../state/use-compact';
import { DiscrepancyItem } from './DiscrepancyItem';
import { useT } from '../../ui/i18n/I18nProvider';

/** The discrepancies a draft names, in its order; an id the compact does not know is skipped. */
function useDisputes(ids: readonly string[]): readonly Discrepancy[] {
  const compact = useCompact();
  return ids.flatMap((id) => compact.discrepancies.filter((entry) => entry.id === id));
}

/** "Disputed" beside an action that takes one side of a disagreement the compact contains. */
export function DisputedBadge({ ids }: { readonly ids: readonly string[] }) {
  const disputes = useDisputes(ids);
  const t = useT();
  if (ids.length === 0) return null;
  const subjects = disputes.map((entry) => entry.subject);
  return (
    <span className="badge disputed" data-testid="disputed-badge"
      title={t('compact.disputedTitle', { subjects: subjects.join('; ') || ids.join('; ') })}>
      {t('compact.disputed')}
    </span>
  );
}

/** Every value the compact gives for what the draft took one side of, each with its source. */
export function DisputedDetails({ ids }: { readonly ids: readonly string[] }) {
  const disputes = useDisputes(ids);
  const t = useT();
  if (ids.length === 0) return null;
  return (
    <section className="disputed-details" aria-label={t('compact.disputedValues')} data-testid="disputed-details">
      <p className="note">{t('compact.disputedNote')}</p>
      {disputes.map((entry) => <DiscrepancyItem key={entry.id} discrepancy={entry} level={4} />)}
    </section>
  );
}
