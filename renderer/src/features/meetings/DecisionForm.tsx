import { useState, type FormEvent } from 'react';
import { SIDES, TIERS, type Side, type Tier } from '../../../../shared/compact/types';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from '../../../../shared/workspace/action-status';
import { describeChange, type PlanChange } from '../../../../shared/workspace/meetings/plan-changes';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { nameOfInstitution } from '../../../../shared/workspace/institution-name';
import { usePlanNames } from './plan-names';

const TIER_LABELS: Readonly<Record<Tier, string>> = {
  'existing-authority': 'Existing authority', appropriations: 'Appropriations', 'feasibility-review': 'Feasibility review',
};
type Op = PlanChange['op'];
const OPS: readonly { op: Op; label: string }[] = [
  { op: 'create-action', label: 'Create an action' },
  { op: 'set-status', label: 'Change a status' },
  { op: 'set-tier', label: 'Change a tier' },
  { op: 'set-lead', label: 'Change a lead' },
  { op: 'set-due', label: 'Change a due date' },
];

/** Records a decision: its words and the plan changes it makes (applied later, from the list). */
export function DecisionForm({ meetingId, onDone }: { readonly meetingId: string; readonly onDone: () => void }) {
  const commands = useCommands();
  const names = usePlanNames();
  const [text, setText] = useState('');
  const [changes, setChanges] = useState<PlanChange[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (commands.addDecision(meetingId, text, changes, setProblem)) onDone();
  };
  return (
    <form className="decision-form" onSubmit={submit} aria-label="New decision">
      <label className="field wide">Decision
        <textarea aria-label="Decision" value={text} onChange={(event) => setText(event.target.value)} rows={2} dir="auto" placeholder="What the delegations decided, in their words" />
      </label>
      {changes.length > 0 && (
        <ul className="change-list" aria-label="Plan changes">
          {changes.map((change, index) => (
            <li key={index}>{describeChange(change, names.actionTitle, names.institutionName)}
              <button type="button" className="link danger" onClick={() => setChanges(changes.filter((_, at) => at !== index))}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <ChangeBuilder onAdd={(change) => setChanges([...changes, change])} />
      <p className="field-error" role="alert">{problem}</p>
      <div className="buttons">
        <button type="submit">Record decision</button>
        <button type="button" className="secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}

function ChangeBuilder({ onAdd }: { readonly onAdd: (change: PlanChange) => void }) {
  const actions = useTandemStore((state) => state.actions);
  const directory = useTandemStore((state) => state.institutions);
  const [op, setOp] = useState<Op>('create-action');
  const [title, setTitle] = useState('');
  const [action, setAction] = useState('');
  const [tier, setTier] = useState<Tier | ''>('');
  const [status, setStatus] = useState<ActionStatus>('agreed');
  const [side, setSide] = useState<Side>('us');
  const [usLead, setUsLead] = useState('');
  const [israelLead, setIsraelLead] = useState('');
  const [due, setDue] = useState('');
  const live = actions.filter((entry) => !entry.deleted);
  const institutions = (of: Side) => [...directory.values()].filter((entry) => entry.side === of).sort((a, b) => a.name.localeCompare(b.name));
  const change = (): PlanChange | null => {
    switch (op) {
      case 'create-action':
        return title.trim() ? { op, title: title.trim(), ...(tier ? { tier } : {}), ...(usLead ? { usLead } : {}), ...(israelLead ? { israelLead } : {}), ...(due ? { due } : {}) } : null;
      case 'set-status': return action ? { op, action, status } : null;
      case 'set-tier': return action ? { op, action, tier: tier || null } : null;
      case 'set-lead': return action ? { op, action, side, institution: (side === 'us' ? usLead : israelLead) || null } : null;
      case 'set-due': return action ? { op, action, due: due || null } : null;
    }
  };
  const ready = change();
  const leadSelect = (of: Side, value: string, set: (value: string) => void) => (
    <label className="field">{of === 'us' ? 'U.S. lead' : 'Israel lead'}
      <select aria-label={of === 'us' ? 'U.S. lead' : 'Israel lead'} value={value} onChange={(event) => set(event.target.value)}>
        <option value="">None</option>
        {institutions(of).map((entry) => <option key={entry.id} value={entry.id} title={nameOfInstitution(entry).full}>{nameOfInstitution(entry).label}</option>)}
      </select>
    </label>
  );
  return (
    <fieldset className="change-builder">
      <legend>Plan change</legend>
      <div className="field-row">
        <label className="field">Change<select aria-label="Change" value={op} onChange={(event) => setOp(event.target.value as Op)}>{OPS.map((entry) => <option key={entry.op} value={entry.op}>{entry.label}</option>)}</select></label>
        {op === 'create-action' ? (
          <label className="field wide">Action title<input aria-label="Action title" value={title} onChange={(event) => setTitle(event.target.value)} dir="auto" /></label>
        ) : (
          <label className="field wide">Action
            <select aria-label="Action" value={action} onChange={(event) => setAction(event.target.value)}>
              <option value="">Choose an action…</option>
              {live.map((entry) => <option key={entry.id} value={entry.id}>{entry.title.length > 80 ? `${entry.title.slice(0, 80)}…` : entry.title}</option>)}
            </select>
          </label>
        )}
      </div>
      <div className="field-row">
        {(op === 'create-action' || op === 'set-tier') && (
          <label className="field">Tier<select aria-label="Tier" value={tier} onChange={(event) => setTier(event.target.value as Tier | '')}>
            <option value="">{op === 'set-tier' ? 'Not yet sequenced' : 'None'}</option>
            {TIERS.map((entry) => <option key={entry} value={entry}>{TIER_LABELS[entry]}</option>)}
          </select></label>
        )}
        {op === 'set-status' && (
          <label className="field">Status<select aria-label="Status" value={status} onChange={(event) => setStatus(event.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((entry) => <option key={entry} value={entry}>{ACTION_STATUS_LABELS[entry]}</option>)}
          </select></label>
        )}
        {op === 'set-lead' && (
          <label className="field">Side<select aria-label="Side" value={side} onChange={(event) => setSide(event.target.value as Side)}>
            {SIDES.map((entry) => <option key={entry} value={entry}>{entry === 'us' ? 'U.S.' : 'Israel'}</option>)}
          </select></label>
        )}
        {(op === 'create-action' || (op === 'set-lead' && side === 'us')) && leadSelect('us', usLead, setUsLead)}
        {(op === 'create-action' || (op === 'set-lead' && side === 'israel')) && leadSelect('israel', israelLead, setIsraelLead)}
        {(op === 'create-action' || op === 'set-due') && <label className="field">Due<input aria-label="Due" type="date" value={due} onChange={(event) => setDue(event.target.value)} /></label>}
        <button type="button" className="secondary add-change" disabled={!ready} onClick={() => { if (ready) { onAdd(ready); setTitle(''); } }}>Add change</button>
      </div>
    </fieldset>
  );
}
