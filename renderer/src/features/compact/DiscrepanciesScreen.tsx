import { useCompact } from '../../state/use-compact';
import { DiscrepancyItem } from './DiscrepancyItem';
import { useT } from '../../ui/i18n/I18nProvider';

/** Every place the compact gives two values for one thing, open for the delegations to resolve. */
export function DiscrepanciesScreen() {
  const { discrepancies } = useCompact();
  const t = useT();
  return (
    <section aria-labelledby="discrepancies-title">
      <h2 id="discrepancies-title">{t('discrepancies.title', { count: discrepancies.length })}</h2>
      <p className="intro">{t('discrepancies.intro')}</p>
      {discrepancies.map((d) => <DiscrepancyItem key={d.id} discrepancy={d} />)}
    </section>
  );
}
