import { useState } from 'react';
import type { DomainId } from '../../../../shared/compact/types';
import { useCompact } from '../../compact/use-compact';
import { RecommendationDetail } from './RecommendationDetail';
import { SourceQuote } from './SourceQuote';

/** Browse the compact by domain; open an initiative to see it whole. */
export function CompactScreen() {
  const compact = useCompact();
  const browsable = compact.domains.filter((domain) => compact.recommendations.some((rec) => rec.domain === domain.id));
  const [domainId, setDomainId] = useState<DomainId>(browsable[0]!.id);
  const inDomain = compact.recommendations.filter((rec) => rec.domain === domainId);
  const [code, setCode] = useState<string>(inDomain[0]!.code);
  const selected = compact.recommendations.find((rec) => rec.code === code && rec.domain === domainId) ?? inDomain[0]!;
  const domain = compact.domains.find((d) => d.id === domainId)!;

  return (
    <div className="compact-browser">
      <nav aria-label="Domains" className="domain-list">
        <ul>
          {browsable.map((d) => (
            <li key={d.id}>
              <button type="button" className="nav-item" aria-current={d.id === domainId ? 'true' : undefined}
                onClick={() => { setDomainId(d.id); setCode(compact.recommendations.find((r) => r.domain === d.id)!.code); }}>
                {d.name}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section className="domain" aria-labelledby="domain-title">
        <h2 id="domain-title">{domain.name}</h2>
        {domain.overview && <details><summary>Strategic overview</summary><SourceQuote passage={domain.overview} /></details>}
        <nav aria-label={`Initiatives in ${domain.name}`} className="initiative-list">
          {inDomain.map((rec) => (
            <button key={rec.code} type="button" className="nav-item" aria-current={rec.code === selected.code ? 'true' : undefined}
              onClick={() => setCode(rec.code)}>
              {rec.anchor && '★ '}{rec.code} {rec.title}
            </button>
          ))}
        </nav>
        <RecommendationDetail recommendation={selected} />
      </section>
    </div>
  );
}
