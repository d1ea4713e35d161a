import { useState, type FormEvent } from 'react';
import { MAX_TITLE_LENGTH } from '../../../../shared/workspace/actions';
import { useCommands } from '../../ui/runtime-context';

export function AddActionForm() {
  const commands = useCommands();
  const [title, setTitle] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (commands.addAction({ title }) !== undefined) setTitle('');
  }
  return (
    <form className="add-action" onSubmit={submit} aria-label="Add an action">
      <label htmlFor="new-action-title">New action</label>
      <input
        id="new-action-title"
        dir="auto"
        value={title}
        maxLength={MAX_TITLE_LENGTH}
        placeholder="e.g. Convene the joint fusion materials steering committee"
        onChange={(event) => setTitle(event.target.value)}
      />
      <button type="submit">Add action</button>
    </form>
  );
}
