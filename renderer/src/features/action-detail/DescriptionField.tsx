import { useId, useState } from 'react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { useT } from '../../ui/i18n/I18nProvider';
import { refusal } from './refusal';
import { useCollaborativeText } from '../../ui/use-collaborative-text';

/**
 * The description is collaborative text: every change is written through as a splice, and a
 * peer's edit arriving meanwhile is put into the textarea without moving the caret. So the
 * textarea is uncontrolled: React would set the whole value and throw the caret to the end.
 */
export function DescriptionField({ action, readOnly }: { readonly action: ActionView; readonly readOnly: boolean }) {
  const commands = useCommands();
  const t = useT();
  const id = useId();
  const area = useCollaborativeText<HTMLTextAreaElement>(action.description);
  const [error, setError] = useState<string | null>(null);
  if (readOnly) {
    return (
      <section className="detail-section" aria-labelledby={id}>
        <h3 id={id}>{t('plan.panel.description')}</h3>
        <p className="description-text" dir="auto">{action.description || t('plan.panel.noDescription')}</p>
      </section>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t('plan.panel.description')}</label>
      <textarea id={id} ref={area} dir="auto" rows={5} defaultValue={action.description}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          const problem = refusal(commands.setDescription(action.id, event.target.value), t);
          setError(problem);
          if (problem) {
            // Refused: show the text the document holds, not the refused one.
            const stored = useTandemStore.getState().actions.find((candidate) => candidate.id === action.id);
            event.target.value = stored?.description ?? action.description;
          }
        }} />
      {error && <p id={`${id}-error`} className="field-error" role="alert">{error}</p>}
    </div>
  );
}
