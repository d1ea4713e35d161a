import { DELEGATION_LABELS } from '../../../../shared/identity/identity';
import { useTandemStore } from '../../state/store';

const initials = (name: string) => name.split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0]!.toUpperCase()).join('') || '?';

/**
 * Who else in the session has this action open: a small disc per person in their delegation's
 * colour, with the sentence the board says ("Dana Levi (Israel) is editing") for screen readers
 * and on hover. The initials are drawn by CSS, so the cell's text is that sentence alone.
 */
export function Presence({ actionId }: { readonly actionId: string }) {
  const editors = useTandemStore((state) => state.editors.get(actionId));
  if (!editors || editors.length === 0) return <span className="plan-cell plan-presence" />;
  const sentence = `${editors.map((person) => `${person.identity.name} (${DELEGATION_LABELS[person.identity.delegation]})`).join(', ')} ${editors.length === 1 ? 'is' : 'are'} editing`;
  return (
    <span className="plan-cell plan-presence" data-testid="editors" title={sentence}>
      {editors.slice(0, 3).map((person) => (
        <span key={person.clientId} className={`presence-disc ${person.identity.delegation}`} data-initials={initials(person.identity.name)} aria-hidden="true" />
      ))}
      <span className="visually-hidden">{sentence}</span>
    </span>
  );
}
