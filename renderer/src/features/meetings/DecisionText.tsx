import { useState, type FormEvent } from 'react';
import type { DecisionView } from '../../../../shared/workspace/meetings/meeting-view';
import { useCommands } from '../../ui/runtime-context';
import { useT } from '../../ui/i18n/I18nProvider';

/**
 * A decision's words, editable until the decision is applied (decisions.ts). The whole text is
 * replaced on Save: two note-takers rewording one decision apart is a conflict for the inbox
 * (shared/review/conflicts.ts), never a silent mix of their words.
 */
export function DecisionText({ decision, number, editable }: { readonly decision: DecisionView; readonly number: number; readonly editable: boolean }) {
  const commands = useCommands();
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (draft === null) {
    return (
      <div className="decision-words">
        <p className="decision-text"><bdi>{decision.text}</bdi></p>
        {editable && <button type="button" className="link" aria-label={t('meetings.decisions.editWords', { number })} onClick={() => { setProblem(null); setDraft(decision.text); }}>{t('meetings.edit')}</button>}
      </div>
    );
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (draft === decision.text || commands.editDecision(decision.id, { text: draft }, setProblem)) setDraft(null);
  };
  return (
    <form className="decision-text-form" onSubmit={save} aria-label={t('meetings.decisions.wordsOf', { number })}>
      <textarea aria-label={t('meetings.decisions.decision', { number })} value={draft} rows={2} dir="auto" onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => { if (event.key === 'Escape') { event.stopPropagation(); setDraft(null); } }} />
      <p className="field-error" role="alert">{problem}</p>
      <div className="buttons">
        <button type="submit">{t('meetings.save')}</button>
        <button type="button" className="secondary" onClick={() => setDraft(null)}>{t('meetings.cancel')}</button>
      </div>
    </form>
  );
}
