import type { Recommendation } from '../../../../shared/compact/types';
import { useTandemStore } from '../../state/store';
import { useCompact } from '../../state/use-compact';
import { DiscrepancyItem } from './DiscrepancyItem';
import { OwnerColumn } from './OwnerColumn';
import { SourceDetails, SourceQuote } from './SourceQuote';
import { TargetList } from './TargetList';
import { DeadlineLabel } from './DeadlineLabel';

/** One initiative: what it asks, who owns it on both sides, its deadlines, money, sources, disagreements. */
export function RecommendationDetail({ recommendation: rec }: { readonly recommendation: Recommendation }) {
  const compact = useCompact();
  const drafts = useTandemStore((state) => state.actions).filter((action) => action.initiative === rec.code);
  const discrepancies = compact.discrepancies.filter((d) => d.concerns.includes(rec.code));
  return (
    <article className="recommendation" aria-labelledby="recommendation-title">
      <h3 id="recommendation-title">
        {rec.code}: {rec.title} {rec.anchor && <span className="badge anchor">★ Anchor initiative</span>}
      </h3>
      {rec.annexTitle && <p className="annex-title">Technical Annex: {rec.annexTitle}</p>}
      {rec.anchorPassage && <SourceDetails passage={rec.anchorPassage} summary="Why it is an anchor" />}
      <h4>Action</h4>
      <SourceQuote passage={rec.action} />
      {rec.components.length > 0 && (
        <>
          <h4>Components</h4>
          <ul className="components">
            {rec.components.map((component, index) => <li key={index}><SourceQuote passage={component} /></li>)}
          </ul>
        </>
      )}
      {rec.whyItMatters && (<><h4>Why it matters</h4><SourceQuote passage={rec.whyItMatters} /></>)}
      <div className="owner-columns">
        <OwnerColumn side="U.S." owners={rec.usOwners} />
        <OwnerColumn side="Israel" owners={rec.israelOwners} />
      </div>
      {rec.mechanism && (<><h4>Mechanism for implementation</h4><SourceQuote passage={rec.mechanism} /></>)}
      <h4>Financing</h4>
      {rec.financing.length === 0 ? <p className="empty">No F-1 … F-6 mechanism named.</p> : (
        <ul className="financing">
          {rec.financing.map((link, index) => (
            <li key={index}><strong>{link.mechanism}</strong> <SourceDetails passage={link.passage} /></li>
          ))}
        </ul>
      )}
      <h4>Targets and deadlines</h4>
      <TargetList targets={rec.targets} label={`Targets of ${rec.code}`} />
      <h4>Draft plan actions</h4>
      {drafts.length === 0 ? <p className="empty">None in the plan.</p> : (
        <ul className="drafts">
          {drafts.map((action) => (
            <li key={action.id}>{action.title}{action.due && <> — <DeadlineLabel deadline={action.due} /></>}</li>
          ))}
        </ul>
      )}
      {discrepancies.length > 0 && (
        <section aria-label={`Discrepancies concerning ${rec.code}`}>
          <h4>Discrepancies in the document</h4>
          {discrepancies.map((d) => <DiscrepancyItem key={d.id} discrepancy={d} level={5} />)}
        </section>
      )}
    </article>
  );
}
