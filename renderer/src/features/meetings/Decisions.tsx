import { useState } from 'react';
import { authorOf } from '../../../../shared/workspace/authors';
import { decisionApplyProblem } from '../../../../shared/workspace/meetings/apply-decision';
import type { DecisionView } from '../../../../shared/workspace/meetings/meeting-view';
import { describeChange } from '../../../../shared/workspace/meetings/plan-changes';
import { useRuntime } from '../../ui/runtime-context';
import { DecisionForm } from './DecisionForm';
import { DecisionText } from './DecisionText';
import { usePlanNames } from './plan-names';

/** The meeting's decisions: what each changes in the plan, and Apply, which shows it first. */
export function Decisions({ meetingId, decisions, readOnly }: { readonly meetingId: string; readonly decisions: readonly DecisionView[]; readonly readOnly: boolean }) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <div className="card-head">
        <h3 id="decisions-heading">Decisions <span className="count">{decisions.length}</span></h3>
        {!readOnly && !adding && <button type="button" className="secondary" onClick={() => setAdding(true)}>Record a decision</button>}
      </div>
      {adding && <DecisionForm meetingId={meetingId} onDone={() => setAdding(false)} />}
      {decisions.length === 0 && !adding && <p className="empty">No decisions recorded yet.</p>}
      <ol className="decision-list">
        {decisions.map((decision, index) => <DecisionEntry key={decision.id} decision={decision} number={index + 1} readOnly={readOnly} />)}
      </ol>
    </section>
  );
}

function DecisionEntry({ decision, number, readOnly }: { readonly decision: DecisionView; readonly number: number; readonly readOnly: boolean }) {
  const runtime = useRuntime();
  const names = usePlanNames();
  const [previewing, setPreviewing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const lines = decision.changes.map((change) => describeChange(change, names.actionTitle, names.institutionName));
  const applier = decision.appliedBy ? authorOf(runtime.session.doc, decision.appliedBy) : null;
  const blocked = previewing ? decisionApplyProblem(runtime.session.doc, decision.id) : null;
  const apply = () => {
    if (runtime.commands.applyDecision(decision.id, setProblem)) setPreviewing(false);
  };
  return (
    <li className={`decision${decision.appliedAt ? ' applied' : ''}${decision.problems.length ? ' invalid' : ''}`} data-testid="decision">
      <div className="decision-head">
        <span className="decision-number">D{number}</span>
        <DecisionText decision={decision} number={number} editable={!readOnly && !decision.appliedAt && !previewing} />
        {decision.appliedAt ? (
          <span className="chip applied-chip">Applied{applier ? ` by ${applier.name}` : ''} · {new Date(decision.appliedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</span>
        ) : (
          !readOnly && lines.length > 0 && !previewing && <button type="button" onClick={() => { setProblem(null); setPreviewing(true); }}>Apply…</button>
        )}
      </div>
      {lines.length > 0 && (
        <ul className="change-list" aria-label={`Plan changes of decision ${number}`}>
          {lines.map((line, index) => <li key={index}>{line}</li>)}
        </ul>
      )}
      {decision.problems.length > 0 && <p className="problems">This decision holds values the app cannot use: {decision.problems.join('; ')}.</p>}
      {previewing && (
        <div className="apply-preview" role="dialog" aria-label="Apply this decision to the plan">
          <p><strong>Applying makes these changes to the plan, as one step attributed to you and this meeting:</strong></p>
          <ul>{lines.map((line, index) => <li key={index}>{line}</li>)}</ul>
          {blocked && <p className="field-error" role="alert">{blocked}</p>}
          <p className="field-error" role="alert">{problem}</p>
          <div className="buttons">
            <button type="button" onClick={apply} disabled={blocked !== null}>Apply to the plan</button>
            <button type="button" className="secondary" onClick={() => setPreviewing(false)}>Cancel</button>
          </div>
        </div>
      )}
    </li>
  );
}
