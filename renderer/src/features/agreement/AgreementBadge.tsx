import { useTandemStore } from '../../state/store';
import { useAgreementWords } from './use-agreement-words';
import './agreement.css';

/**
 * The action's agreement in one chip, for list rows and board cards: agreed by both, pending a
 * side, reserved, changed after agreement. Nothing while neither side has considered it. Reads
 * the store's derived agreement (the runtime computes it once per change).
 */
export function AgreementBadge({ actionId, short = false }: { readonly actionId: string; readonly short?: boolean }) {
  const badge = useTandemStore((state) => state.agreements.get(actionId)?.badge ?? null);
  const words = useAgreementWords();
  if (!badge) return null;
  // A list row says it in a word or two (the title keeps the room), the whole of it on hover.
  return (
    <span className={`agreement-badge ${badge}`} data-testid="agreement-badge" data-badge={badge} title={words.badge(badge)}>
      {short ? words.badgeShort(badge) : words.badge(badge)}
    </span>
  );
}
