import { useTandemStore } from '../../app/store';
import { ActionRow } from './ActionRow';

export function ActionList() {
  const actions = useTandemStore((state) => state.actions);
  if (actions.length === 0) {
    return <p className="empty">No actions yet. Add the first one above.</p>;
  }
  return (
    <ol className="actions" aria-label="Actions">
      {actions.map((action, index) => (
        <ActionRow key={action.id} action={action} position={index + 1} />
      ))}
    </ol>
  );
}
