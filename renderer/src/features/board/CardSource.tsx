import { BookOpen } from 'lucide-react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { SourceQuote } from '../compact/SourceQuote';

/**
 * Where the action comes from, once per card and quietly: a book icon that opens to the passage
 * of the compact it was drafted from, and why it sits in its tier.
 */
export function CardSource({ action }: { readonly action: ActionView }) {
  const t = useT();
  if (!action.source) return null;
  const label = t(action.fromSeed ? 'plan.source.drafted' : 'plan.source.source');
  return (
    <details className="card-source">
      <summary title={label}><BookOpen size={13} aria-hidden="true" /><span className="card-source-label">{label}</span></summary>
      <SourceQuote passage={action.source} label={t('plan.source.commitment')} />
      {action.tierSource && <SourceQuote passage={action.tierSource} label={t('plan.source.whyTier')} />}
      {action.tierNote && (
        <p className="tier-note" data-testid="tier-note">
          <strong>{t(action.tierSource ? 'plan.source.noteTierLabel' : 'plan.source.whyTierLabel')}</strong> <UserText text={action.tierNote} />
        </p>
      )}
    </details>
  );
}
