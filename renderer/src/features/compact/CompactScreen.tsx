import { useT } from '../../ui/i18n/I18nProvider';
import { useTandemStore } from '../../state/store';
import { useCompact } from '../../state/use-compact';
import { RecommendationDetail } from './RecommendationDetail';
import { SourceQuote } from './SourceQuote';

/** Browse the compact by domain; open an initiative to see it whole. The selection survives view changes. */
export function CompactScreen() {
  const compact = useCompact();
  const selectedCode = useTandemStore((state) => state.selectedInitiative);
  const select = useTandemStore((state) => state.selectInitiative);
  const t = useT();
  const selected = compact.recommendations.find((rec) => rec.code === selectedCode) ?? compact.recommendations[0];
  if (!selected) return <p className="empty">{t('compact.empty')}</p>;
  const browsable = compact.domains.filter((domain) => compact.recommendations.some((rec) => rec.domain === domain.id));
  const inDomain = compact.recommendations.filter((rec) => rec.domain === selected.domain);
  const domain = compact.domains.find((d) => d.id === selected.domain);

  return (
    <div className="compact-browser">
      <nav aria-label={t('compact.domains')} className="domain-list">
        <ul>
          {browsable.map((d) => (
            <li key={d.id}>
              <button type="button" className="nav-item" aria-current={d.id === selected.domain ? 'true' : undefined}
                onClick={() => select(compact.recommendations.find((rec) => rec.domain === d.id)!.code)}>
                <bdi>{d.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section className="domain" aria-labelledby="domain-title">
        <h2 id="domain-title" dir="auto">{domain?.name ?? selected.domain}</h2>
        {domain?.overview && <details><summary>{t('compact.overview')}</summary><SourceQuote passage={domain.overview} /></details>}
        <nav aria-label={t('compact.initiativesIn', { domain: domain?.name ?? selected.domain })} className="initiative-list">
          {inDomain.map((rec) => (
            <button key={rec.code} type="button" className="nav-item" aria-current={rec.code === selected.code ? 'true' : undefined}
              onClick={() => select(rec.code)}>
              {rec.anchor && '★ '}<bdi>{rec.code} {rec.title}</bdi>
            </button>
          ))}
        </nav>
        <RecommendationDetail recommendation={selected} />
      </section>
    </div>
  );
}
