import { useCompact } from '../../state/use-compact';
import { DiscrepancyItem } from './DiscrepancyItem';

/** Every place the compact gives two values for one thing, open for the delegations to resolve. */
export function DiscrepanciesScreen() {
  const { discrepancies } = useCompact();
  return (
    <section aria-labelledby="discrepancies-title">
      <h2 id="discrepancies-title">Discrepancies in the compact ({discrepancies.length} open)</h2>
      <p className="intro">
        Where the document disagrees with itself, Tandem keeps every value with its source and picks none of them.
      </p>
      {discrepancies.map((d) => <DiscrepancyItem key={d.id} discrepancy={d} />)}
    </section>
  );
}
