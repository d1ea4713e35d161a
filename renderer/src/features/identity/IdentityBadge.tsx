import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';

export function IdentityBadge() {
  const identity = useTandemStore((state) => state.identity);
  const setPhase = useTandemStore((state) => state.setPhase);
  const t = useT();
  if (!identity) return null;
  return (
    <p className="identity">
      <span data-testid="identity-badge">
        <strong dir="auto">{identity.name}</strong> · {t('identity.line', { delegation: identity.delegation, role: identity.role })}
      </span>{' '}
      <button type="button" className="link" onClick={() => setPhase({ kind: 'needs-identity' })}>
        {t('identity.change')}
      </button>
    </p>
  );
}
