import { useTandemStore } from '../../state/store';
import { useAgreementWords } from './use-agreement-words';
import './agreement.css';

/**
 * The action's agreement in one chip, for list rows and board cards: agreed by both, pending a
 * side, reserved, changed after agreement. Nothing while neither side has considered it. Reads
 * the store's derived agreement (the runtime computes it once per change).
 */
export function AgreementBadge({ actionId }: { readonly actionId: string }) {
  const badge = useTandemStore((state) => state.agreements.get(actionId)?.badge ?? null);
  const words = useAgreementWords();
  if (!badge) return null;
  return <span className={`agreement-badge ${badge}`} data-testid="agreement-badge" data-badge={badge}>{words.badge(badge)}</span>;
}
