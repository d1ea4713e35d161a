import { useMemo } from 'react';
import { computeFundingTotals, formatAmount, type SideTotal } from '../../../../shared/compact/funding-totals';
import { displayText } from '../../../../shared/compact/source-text';
import { useCompact } from '../../state/use-compact';
import { SourceDetails } from './SourceQuote';

/** F-1 … F-6 as the table gives them, totals computed from them and checked against the document's. */
export function FundingScreen() {
  const { funding, governance } = useCompact();
  const totals = useMemo(() => computeFundingTotals(funding), [funding]);
  return (
    <section aria-labelledby="funding-title">
      <h2 id="funding-title">Funding</h2>
      <table className="funding-table">
        <caption>Financing mechanisms (Section 8 table)</caption>
        <thead>
          <tr><th scope="col">Mechanism</th><th scope="col">U.S. commitment</th><th scope="col">Israel commitment</th><th scope="col">Notes</th></tr>
        </thead>
        <tbody>
          {funding.mechanisms.map((m) => (
            <tr key={m.code} data-testid="funding-row">
              <th scope="row">{m.code}: {displayText(m.name)}<SourceDetails passage={m.summary} summary="Summary" /></th>
              <td>{displayText(m.us.asWritten)}{m.us.tbd && <span className="badge">TBD</span>}</td>
              <td>{displayText(m.israel.asWritten)}{m.israel.tbd && <span className="badge">TBD</span>}</td>
              <td>{displayText(m.notes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Totals, computed</h3>
      <div className="totals">
        <SideTotalView side="U.S." total={totals.us} />
        <SideTotalView side="Israel" total={totals.israel} />
      </div>
      <ul className="checks" aria-label="Totals against the document">
        {totals.checks.map((check) => (
          <li key={check.label} data-testid="total-check" className={check.agrees ? 'agrees' : 'disagrees'}>
            {check.label}: computed {formatAmount(check.computed)}; the document states “{displayText(check.stated.asWritten)}” —{' '}
            <strong>{check.agrees ? 'agrees' : 'does not agree'}</strong>
          </li>
        ))}
      </ul>
      <h3>Financing Q&amp;A figures</h3>
      <ul className="figures">
        {funding.questionsAndAnswers.map((figure) => (
          <li key={figure.id} data-testid="qa-figure">{figure.label}: {displayText(figure.asWritten)} ({formatAmount(figure.amount)}) <SourceDetails passage={figure.passage} /></li>
        ))}
      </ul>
      <h3>Governance standards</h3>
      <ul className="governance">
        {governance.map((standard) => (
          <li key={standard.id}>{standard.title} <SourceDetails passage={standard.passage} /></li>
        ))}
      </ul>
    </section>
  );
}

function SideTotalView({ side, total }: { readonly side: string; readonly total: SideTotal }) {
  return (
    <section className="side-total" aria-label={`${side} total`} data-testid="side-total">
      <h4>{side}: {formatAmount(total.amount)}</h4>
      <p>Sum of {total.included.join(', ')} (the commitments the table gives over a stated term).</p>
      {total.outside.length > 0 && (
        <p>Outside the total: {total.outside.map((entry) => `${entry.code} ${displayText(entry.commitment.asWritten)} (${entry.reason})`).join('; ')}.</p>
      )}
    </section>
  );
}
