import type { Recommendation } from '../../../../shared/compact/types';
import { useT } from '../../ui/i18n/I18nProvider';
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
  const t = useT();
  return (
    <article className="recommendation" aria-labelledby="recommendation-title">
      <h3 id="recommendation-title">
        <bdi>{rec.code}: {rec.title}</bdi> {rec.anchor && <span className="badge anchor">{t('compact.anchor')}</span>}
      </h3>
      {rec.annexTitle && <p className="annex-title">{t('compact.annex', { title: rec.annexTitle })}</p>}
      {rec.anchorPassage && <SourceDetails passage={rec.anchorPassage} summary={t('compact.whyAnchor')} />}
      <h4>{t('compact.action')}</h4>
      <SourceQuote passage={rec.action} />
      {rec.components.length > 0 && (
        <>
          <h4>{t('compact.components')}</h4>
          <ul className="components">
            {rec.components.map((component, index) => <li key={index}><SourceQuote passage={component} /></li>)}
          </ul>
        </>
      )}
      {rec.whyItMatters && (<><h4>{t('compact.whyItMatters')}</h4><SourceQuote passage={rec.whyItMatters} /></>)}
      <div className="owner-columns">
        <OwnerColumn side="us" owners={rec.usOwners} />
        <OwnerColumn side="israel" owners={rec.israelOwners} />
      </div>
      {rec.mechanism && (<><h4>{t('compact.mechanism')}</h4><SourceQuote passage={rec.mechanism} /></>)}
      <h4>{t('compact.financing')}</h4>
      {rec.financing.length === 0 ? <p className="empty">{t('compact.noFinancing')}</p> : (
        <ul className="financing">
          {rec.financing.map((link, index) => (
            <li key={index}><strong>{link.mechanism}</strong> <SourceDetails passage={link.passage} /></li>
          ))}
        </ul>
      )}
      <h4>{t('compact.targets')}</h4>
      <TargetList targets={rec.targets} label={t('compact.targetsOf', { code: rec.code })} />
      <h4>{t('compact.drafts')}</h4>
      {drafts.length === 0 ? <p className="empty">{t('compact.noDrafts')}</p> : (
        <ul className="drafts">
          {drafts.map((action) => (
            <li key={action.id}><bdi>{action.title}</bdi>{action.due && <> — <DeadlineLabel deadline={action.due} /></>}</li>
          ))}
        </ul>
      )}
      {discrepancies.length > 0 && (
        <section aria-label={t('compact.discrepanciesOf', { code: rec.code })}>
          <h4>{t('compact.discrepanciesInDocument')}</h4>
          {discrepancies.map((d) => <DiscrepancyItem key={d.id} discrepancy={d} level={5} />)}
        </section>
      )}
    </article>
  );
}
