import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { useLocale } from '../../ui/locale';

const initials = (name: string) => name.split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0]!.toUpperCase()).join('') || '?';

/**
 * Who else in the session has this action open: a small disc per person in their delegation's
 * colour, with the sentence the board says ("Dana Levi (Israel) is editing") for screen readers
 * and on hover. The initials are drawn by CSS, so the cell's text is that sentence alone.
 */
export function Presence({ actionId }: { readonly actionId: string }) {
  const t = useT();
  const locale = useLocale();
  const editors = useTandemStore((state) => state.editors.get(actionId));
  if (!editors || editors.length === 0) return <span className="plan-cell plan-presence" />;
  const names = new Intl.ListFormat(locale, { type: 'conjunction' })
    .format(editors.map((person) => t('plan.editor', { name: person.identity.name, side: person.identity.delegation })));
  const sentence = t('plan.editors', { count: editors.length, names });
  return (
    <span className="plan-cell plan-presence" data-testid="editors" title={sentence}>
      {editors.slice(0, 3).map((person) => (
        <span key={person.clientId} className={`presence-disc ${person.identity.delegation}`} data-initials={initials(person.identity.name)} aria-hidden="true" />
      ))}
      <span className="visually-hidden">{sentence}</span>
    </span>
  );
}
