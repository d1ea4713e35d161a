import { BookOpen } from 'lucide-react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { SourceQuote } from '../compact/SourceQuote';

/**
 * Where the action comes from, once per card and quietly: a book icon that opens to the passage
 * of the compact it was drafted from, and why it sits in its tier.
 */
export function CardSource({ action }: { readonly action: ActionView }) {
  if (!action.source) return null;
  const label = action.fromSeed ? 'Drafted from the compact' : 'Source';
  return (
    <details className="card-source">
      <summary title={label}><BookOpen size={13} aria-hidden="true" /><span className="card-source-label">{label}</span></summary>
      <SourceQuote passage={action.source} label="Commitment" />
      {action.tierSource && <SourceQuote passage={action.tierSource} label="Why this tier" />}
      {action.tierNote && <p className="tier-note" data-testid="tier-note" dir="auto"><strong>{action.tierSource ? 'Note on this tier' : 'Why this tier'}:</strong> {action.tierNote}</p>}
    </details>
  );
}
