import { useState } from 'react';
import { authorOf } from '../../../../shared/workspace/authors';
import type { DecisionView } from '../../../../shared/workspace/meetings/meeting-view';
import { usePlanChangeWords } from './change-words';
import { IsolatedText } from '../../ui/IsolatedText';
import { useRuntime } from '../../ui/runtime-context';
import { DecisionForm } from './DecisionForm';
import { DecisionText } from './DecisionText';
import { DecisionDiscussion } from '../discussion/DecisionDiscussion';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';

/** The meeting's decisions: what each changes in the plan, and Apply, which shows it first. */
export function Decisions({ meetingId, decisions, readOnly }: { readonly meetingId: string; readonly decisions: readonly DecisionView[]; readonly readOnly: boolean }) {
  const [adding, setAdding] = useState(false);
  const t = useT();
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <div className="card-head">
        <h3 id="decisions-heading">{t('meetings.decisions.title')} <span className="count">{decisions.length}</span></h3>
        {!readOnly && !adding && <button type="button" className="secondary" onClick={() => setAdding(true)}>{t('meetings.decisions.record')}</button>}
      </div>
      {adding && <DecisionForm meetingId={meetingId} onDone={() => setAdding(false)} />}
      {decisions.length === 0 && !adding && <p className="empty">{t('meetings.decisions.none')}</p>}
      <ol className="decision-list">
        {decisions.map((decision, index) => <DecisionEntry key={decision.id} decision={decision} number={index + 1} readOnly={readOnly} />)}
      </ol>
    </section>
  );
}

function DecisionEntry({ decision, number, readOnly }: { readonly decision: DecisionView; readonly number: number; readonly readOnly: boolean }) {
  const runtime = useRuntime();
  const t = useT();
  const { locale } = useLanguage();
  const [previewing, setPreviewing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const changeWords = usePlanChangeWords();
  const lines = decision.changes.map(changeWords);
  const applier = decision.appliedBy ? authorOf(runtime.session.doc, decision.appliedBy) : null;
  const blocked = previewing ? runtime.commands.decisionApplyProblem(decision.id) : null;
  const apply = () => {
    if (runtime.commands.applyDecision(decision.id, setProblem)) setPreviewing(false);
  };
  return (
    <li className={`decision${decision.appliedAt ? ' applied' : ''}${decision.problems.length ? ' invalid' : ''}`} data-testid="decision">
      <div className="decision-head">
        <span className="decision-number">D{number}</span>
        <DecisionText decision={decision} number={number} editable={!readOnly && !decision.appliedAt && !previewing} />
        {decision.appliedAt ? (
          <span className="chip applied-chip">{(() => {
            const when = new Date(decision.appliedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
            return applier ? t('meetings.decisions.appliedBy', { name: applier.name, when }) : t('meetings.decisions.applied', { when });
          })()}</span>
        ) : (
          !readOnly && lines.length > 0 && !previewing && <button type="button" onClick={() => { setProblem(null); setPreviewing(true); }}>{t('meetings.decisions.apply')}</button>
        )}
      </div>
      {lines.length > 0 && (
        <ul className="change-list" aria-label={t('meetings.decisions.changesOf', { number })}>
          {lines.map((line, index) => <li key={index}><IsolatedText text={line} /></li>)}
        </ul>
      )}
      {decision.problems.length > 0 && <p className="problems">{t('meetings.decisions.problems', { problems: decision.problems.join('; ') })}</p>}
      {previewing && (
        <div className="apply-preview" role="dialog" aria-label={t('meetings.decisions.applyDialog')}>
          <p><strong>{t('meetings.decisions.applyIntro')}</strong></p>
          <ul>{lines.map((line, index) => <li key={index}><IsolatedText text={line} /></li>)}</ul>
          {blocked && <p className="field-error" role="alert">{blocked}</p>}
          <p className="field-error" role="alert">{problem}</p>
          <div className="buttons">
            <button type="button" onClick={apply} disabled={blocked !== null}>{t('meetings.decisions.applyConfirm')}</button>
            <button type="button" className="secondary" onClick={() => setPreviewing(false)}>{t('meetings.cancel')}</button>
          </div>
        </div>
      )}
      <DecisionDiscussion decisionId={decision.id} />
    </li>
  );
}
