import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTitleField } from '../action-detail/use-title-field';

/** A row's title: collaborative text, so a colleague's typing arrives without moving the caret. */
export function TitleInput({ action, position }: { readonly action: ActionView; readonly position: number }) {
  const { input, problem, problemId } = useTitleField(action);
  return (
    <span className="title-field">
      <input {...input} className="action-title" data-control="title" aria-label={`Title of action ${position}`} />
      {problem && <span id={problemId} className="field-error" role="alert">{problem}</span>}
    </span>
  );
}
