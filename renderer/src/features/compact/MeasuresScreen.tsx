import { useCompact } from '../../state/use-compact';
import { DeadlineLabel } from './DeadlineLabel';
import { SourceQuote } from './SourceQuote';
import { TargetList } from './TargetList';

/** The Five First Steps, the North Star benchmarks, the domain metrics, and the defense-adjacent annex. */
export function MeasuresScreen() {
  const compact = useCompact();
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">Steps and measures</h2>
      <h3>Five First Steps for both governments</h3>
      <ol className="first-steps">
        {compact.firstSteps.map((step) => (
          <li key={step.number}><SourceQuote passage={step.passage} />{step.deadline && <DeadlineLabel deadline={step.deadline} />}</li>
        ))}
      </ol>
      <h3>North Star benchmarks</h3>
      <ol className="north-stars">
        {compact.northStars.map((star) => (
          <li key={star.number} data-testid="north-star">
            <strong>{star.title}</strong>
            <SourceQuote passage={star.benchmark} />
            {star.deadline && <DeadlineLabel deadline={star.deadline} />}
          </li>
        ))}
      </ol>
      <h3>Domain metrics</h3>
      {compact.metrics.map((row) => (
        <section key={row.domain} className="metrics-row" aria-label={`Metrics: ${row.label}`} data-testid="metrics-row">
          <h4>{row.label}</h4>
          <h5>12–24 month targets</h5>
          <TargetList targets={row.nearTerm} label={`${row.label}: 12–24 month targets`} />
          <h5>3–5 year targets</h5>
          <TargetList targets={row.longTerm} label={`${row.label}: 3–5 year targets`} />
        </section>
      ))}
      <h3>Defense-adjacent annex items</h3>
      <p className="intro">Recorded for coordination through the 2028 MOU renewal or existing defense mechanisms. They are not recommendations of the compact.</p>
      <ul className="defense-adjacent">
        {compact.defenseAdjacent.map((item) => (
          <li key={item.id}><strong>{item.title}</strong> <span className="badge">Not a compact recommendation</span><SourceQuote passage={item.passage} /></li>
        ))}
      </ul>
    </section>
  );
}
