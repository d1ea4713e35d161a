import { useId, useState, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useCommands } from '../../ui/runtime-context';
import { useCollaborativeText } from '../../ui/use-collaborative-text';

/** A title is one line: a line break typed or pasted into the card's wrapping field becomes a space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * The card's title field: a textarea that wraps (a card is narrow; an input would cut the title
 * off), bound to the collaborative text and written through on every keystroke, as the detail's
 * title input is (action-detail/use-title-field.ts, the same refusal rules). Enter never adds a
 * line. Refused text stays in the field with the reason beside it; leaving the field puts back
 * the title the document holds.
 */
export function useCardTitle(action: ActionView) {
  const commands = useCommands();
  const field = useCollaborativeText<HTMLTextAreaElement>(action.title);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    let reason: string | null = null;
    commands.renameAction(action.id, oneLine(event.target.value), (refused) => { reason = refused; });
    setProblem(reason);
  };
  const onBlur = (event: FocusEvent<HTMLTextAreaElement>) => {
    if (problem !== null && event.target.value !== action.title) event.target.value = action.title;
  };
  // A title is one line that only wraps on screen: Home and End go to its start and end, as in
  // an input, not to the start and end of the wrapped line on screen.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter') event.preventDefault();
    if ((event.key !== 'Home' && event.key !== 'End') || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    const field = event.currentTarget;
    const end = field.value.length;
    if (event.key === 'Home') field.setSelectionRange(0, event.shiftKey ? field.selectionEnd : 0, event.shiftKey ? 'backward' : 'none');
    else field.setSelectionRange(event.shiftKey ? field.selectionStart : end, end, 'forward');
  };
  const textarea = {
    ref: field, onChange, onBlur, onKeyDown, defaultValue: action.title, dir: 'auto', rows: 1, spellCheck: false,
    'aria-invalid': problem !== null ? true : undefined,
    'aria-describedby': problem !== null ? problemId : undefined,
  } as const;
  return { textarea, problem, problemId };
}
