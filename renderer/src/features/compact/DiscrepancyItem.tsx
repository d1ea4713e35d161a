import { displayText } from '../../../../shared/compact/source-text';
import type { Discrepancy } from '../../../../shared/compact/types';
import { SourceQuote } from './SourceQuote';
import { useT } from '../../ui/i18n/I18nProvider';

/** One place where the compact disagrees with itself: every value it gives, each with its source. */
export function DiscrepancyItem({ discrepancy, level = 3 }: { readonly discrepancy: Discrepancy; readonly level?: 3 | 4 | 5 }) {
  const Heading = `h${level}` as const;
  const t = useT();
  return (
    <article className="discrepancy" data-testid="discrepancy" aria-labelledby={`discrepancy-${discrepancy.id}`}>
      <Heading id={`discrepancy-${discrepancy.id}`}>
        <span className="badge open">{t('compact.open')}</span> <bdi>{discrepancy.subject}</bdi>
        {discrepancy.concerns.length > 0 && <span className="codes"> · {discrepancy.concerns.join(', ')}</span>}
      </Heading>
      <ol className="values">
        {discrepancy.values.map((value, index) => (
          <li key={index}>
            <strong dir="auto">{displayText(value.value)}</strong>
            <SourceQuote passage={value.passage} />
          </li>
        ))}
      </ol>
      {discrepancy.note && <p className="note" dir="auto">{discrepancy.note}</p>}
    </article>
  );
}
