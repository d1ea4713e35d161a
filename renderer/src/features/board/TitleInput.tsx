import type { ActionView } from '../../../../shared/workspace/action-view';
import { useCardTitle } from './use-card-title';

/** A card's title: collaborative text, so a colleague's typing arrives without moving the caret. */
export function TitleInput({ action, position }: { readonly action: ActionView; readonly position: number }) {
  const { textarea, problem, problemId } = useCardTitle(action);
  return (
    <span className="title-field">
      <textarea {...textarea} className="action-title card-title" data-control="title" aria-label={`Title of action ${position}`} />
      {problem && <span id={problemId} className="field-error" role="alert">{problem}</span>}
    </span>
  );
}
