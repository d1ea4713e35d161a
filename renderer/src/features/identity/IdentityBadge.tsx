import { DELEGATION_LABELS, ROLE_LABELS } from '../../../../shared/identity/identity';
import { useTandemStore } from '../../state/store';

export function IdentityBadge() {
  const identity = useTandemStore((state) => state.identity);
  const setPhase = useTandemStore((state) => state.setPhase);
  if (!identity) return null;
  return (
    <p className="identity">
      <span data-testid="identity-badge">
        <strong>{identity.name}</strong> · {DELEGATION_LABELS[identity.delegation]} · {ROLE_LABELS[identity.role]}
      </span>{' '}
      <button type="button" className="link" onClick={() => setPhase({ kind: 'needs-identity' })}>
        Change
      </button>
    </p>
  );
}
