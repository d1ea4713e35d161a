import { DELEGATION_LABELS } from '../../../../shared/identity/identity';
import { useTandemStore } from '../../state/store';

/** "Dana (Israel) is editing" on an action someone else in the session has open. */
export function EditorsBadge({ actionId }: { readonly actionId: string }) {
  const editors = useTandemStore((state) => state.editors.get(actionId));
  if (!editors || editors.length === 0) return null;
  const names = editors.map((person) => `${person.identity.name} (${DELEGATION_LABELS[person.identity.delegation]})`).join(', ');
  return <span className="editors-badge" data-testid="editors">{names} {editors.length === 1 ? 'is' : 'are'} editing</span>;
}
