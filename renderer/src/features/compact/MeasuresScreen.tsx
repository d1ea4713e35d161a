import { useCompact } from '../../state/use-compact';
import { DeadlineLabel } from './DeadlineLabel';
import { SourceQuote } from './SourceQuote';
import { TargetList } from './TargetList';
import { useT } from '../../ui/i18n/I18nProvider';

/** The Five First Steps, the North Star benchmarks, the domain metrics, and the defense-adjacent annex. */
export function MeasuresScreen() {
  const compact = useCompact();
  const t = useT();
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">{t('measures.title')}</h2>
      <h3>{t('measures.firstSteps')}</h3>
      <ol className="first-steps">
        {compact.firstSteps.map((step) => (
          <li key={step.number}><SourceQuote passage={step.passage} />{step.deadline && <DeadlineLabel deadline={step.deadline} />}</li>
        ))}
      </ol>
      <h3>{t('measures.northStars')}</h3>
      <ol className="north-stars">
        {compact.northStars.map((star) => (
          <li key={star.number} data-testid="north-star">
            <strong dir="auto">{star.title}</strong>
            <SourceQuote passage={star.benchmark} />
            {star.deadline && <DeadlineLabel deadline={star.deadline} />}
          </li>
        ))}
      </ol>
      <h3>{t('measures.metrics')}</h3>
      {compact.metrics.map((row) => (
        <section key={row.domain} className="metrics-row" aria-label={t('measures.metricsOf', { domain: row.label })} data-testid="metrics-row">
          <h4 dir="auto">{row.label}</h4>
          <h5>{t('measures.nearTerm')}</h5>
          <TargetList targets={row.nearTerm} label={t('measures.nearTermOf', { domain: row.label })} />
          <h5>{t('measures.longTerm')}</h5>
          <TargetList targets={row.longTerm} label={t('measures.longTermOf', { domain: row.label })} />
        </section>
      ))}
      <h3>{t('measures.defense')}</h3>
      <p className="intro">{t('measures.defenseIntro')}</p>
      <ul className="defense-adjacent">
        {compact.defenseAdjacent.map((item) => (
          <li key={item.id}><strong dir="auto">{item.title}</strong> <span className="badge">{t('measures.notRecommendation')}</span><SourceQuote passage={item.passage} /></li>
        ))}
      </ul>
    </section>
  );
}
