import { DELEGATION_LABELS, ROLE_LABELS } from '../../../../shared/identity/identity';
import { useTandemStore } from '../../state/store';

/** Who else is in the session, and which action each has open. */
export function PresenceList() {
  const presence = useTandemStore((state) => state.presence);
  const actions = useTandemStore((state) => state.actions);
  if (presence.length === 0) return <p className="note">Nobody else is connected yet.</p>;
  const titleOf = (id: string) => actions.find((action) => action.id === id)?.title || 'an untitled action';
  return (
    <ul className="presence-list" aria-label="People in the session">
      {presence.map((person) => (
        <li key={person.clientId} data-testid="presence">
          <span dir="auto">{person.identity.name}</span> · {DELEGATION_LABELS[person.identity.delegation]} · {ROLE_LABELS[person.identity.role]}
          {person.editing && <> · editing <q dir="auto">{titleOf(person.editing)}</q></>}
        </li>
      ))}
    </ul>
  );
}
