import { useId, useState, type ChangeEvent, type FocusEvent } from 'react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useCommands } from '../../ui/runtime-context';
import { useCollaborativeText } from '../../ui/use-collaborative-text';

/**
 * A title input that writes through on every keystroke (the board row and the detail panel).
 * When the document refuses the text (empty, or over the limit) nothing is written, the field
 * keeps what was typed so the person can go on editing, and the reason is shown beside it. Leaving
 * the field with refused text puts back the title the document holds; the reason stays until the
 * next accepted change, so nothing is lost or changed without a word.
 */
export function useTitleField(action: ActionView) {
  const commands = useCommands();
  const field = useCollaborativeText<HTMLInputElement>(action.title);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    let reason: string | null = null;
    commands.renameAction(action.id, event.target.value, (refused) => { reason = refused; });
    setProblem(reason);
  };
  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    if (problem !== null && event.target.value !== action.title) event.target.value = action.title;
  };
  const input = {
    ref: field, onChange, onBlur, defaultValue: action.title, dir: 'auto',
    'aria-invalid': problem !== null ? true : undefined,
    'aria-describedby': problem !== null ? problemId : undefined,
  } as const;
  return { input, problem, problemId };
}
