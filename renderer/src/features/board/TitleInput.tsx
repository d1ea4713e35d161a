import type { ActionView } from '../../../../shared/workspace/action-view';
import { useCommands } from '../../ui/runtime-context';
import { MAX_TITLE_LENGTH } from '../../../../shared/workspace/actions';
import { useCollaborativeText } from '../../ui/use-collaborative-text';
import { renameOrRestore } from '../action-detail/TitleStatusFields';

/** A row's title: collaborative text, so a colleague's typing arrives without moving the caret. */
export function TitleInput({ action, position }: { readonly action: ActionView; readonly position: number }) {
  const commands = useCommands();
  const field = useCollaborativeText<HTMLInputElement>(action.title);
  return (
    <input ref={field} className="action-title" data-control="title" aria-label={`Title of action ${position}`} dir="auto"
      defaultValue={action.title} maxLength={MAX_TITLE_LENGTH}
      onChange={(event) => renameOrRestore(commands, action.id, event.target)} />
  );
}
