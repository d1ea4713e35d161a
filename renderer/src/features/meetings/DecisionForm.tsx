import { useState, type FormEvent } from 'react';
import { SIDES, TIERS, type Side, type Tier } from '../../../../shared/compact/types';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/workspace/action-status';
import type { PlanChange } from '../../../../shared/workspace/meetings/plan-changes';
import { usePlanChangeWords } from './change-words';
import { IsolatedText } from '../../ui/IsolatedText';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { nameOfInstitution } from '../../../../shared/workspace/institution-name';
import { useT } from '../../ui/i18n/I18nProvider';

type Op = PlanChange['op'];
const OPS: readonly Op[] = ['create-action', 'set-status', 'set-tier', 'set-lead', 'set-due'];

/** Records a decision: its words and the plan changes it makes (applied later, from the list). */
export function DecisionForm({ meetingId, onDone }: { readonly meetingId: string; readonly onDone: () => void }) {
  const commands = useCommands();
  const t = useT();
  const changeWords = usePlanChangeWords();
  const [text, setText] = useState('');
  const [changes, setChanges] = useState<PlanChange[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (commands.addDecision(meetingId, text, changes, setProblem)) onDone();
  };
  return (
    <form className="decision-form" onSubmit={submit} aria-label={t('meetings.form.label')}>
      <label className="field wide">{t('meetings.form.decision')}
        <textarea aria-label={t('meetings.form.decision')} value={text} onChange={(event) => setText(event.target.value)} rows={2} dir="auto" placeholder={t('meetings.form.placeholder')} />
      </label>
      {changes.length > 0 && (
        <ul className="change-list" aria-label={t('meetings.form.changes')}>
          {changes.map((change, index) => (
            <li key={index}><IsolatedText text={changeWords(change)} />
              <button type="button" className="link danger" onClick={() => setChanges(changes.filter((_, at) => at !== index))}>{t('meetings.attendance.remove')}</button>
            </li>
          ))}
        </ul>
      )}
      <ChangeBuilder onAdd={(change) => setChanges([...changes, change])} />
      <p className="field-error" role="alert">{problem}</p>
      <div className="buttons">
        <button type="submit">{t('meetings.form.record')}</button>
        <button type="button" className="secondary" onClick={onDone}>{t('meetings.cancel')}</button>
      </div>
    </form>
  );
}

function ChangeBuilder({ onAdd }: { readonly onAdd: (change: PlanChange) => void }) {
  const t = useT();
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
    <label className="field">{t(of === 'us' ? 'meetings.form.usLead' : 'meetings.form.israelLead')}
      <select aria-label={t(of === 'us' ? 'meetings.form.usLead' : 'meetings.form.israelLead')} value={value} onChange={(event) => set(event.target.value)}>
        <option value="">{t('meetings.form.none')}</option>
        {institutions(of).map((entry) => <option key={entry.id} value={entry.id} title={nameOfInstitution(entry).full} dir="auto">{nameOfInstitution(entry).label}</option>)}
      </select>
    </label>
  );
  return (
    <fieldset className="change-builder">
      <legend>{t('meetings.form.planChange')}</legend>
      <div className="field-row">
        <label className="field">{t('meetings.form.change')}<select aria-label={t('meetings.form.change')} value={op} onChange={(event) => setOp(event.target.value as Op)}>{OPS.map((entry) => <option key={entry} value={entry}>{t(`meetings.form.op.${entry}`)}</option>)}</select></label>
        {op === 'create-action' ? (
          <label className="field wide">{t('meetings.form.actionTitle')}<input aria-label={t('meetings.form.actionTitle')} value={title} onChange={(event) => setTitle(event.target.value)} dir="auto" /></label>
        ) : (
          <label className="field wide">{t('meetings.form.action')}
            <select aria-label={t('meetings.form.action')} value={action} onChange={(event) => setAction(event.target.value)}>
              <option value="">{t('meetings.form.chooseAction')}</option>
              {live.map((entry) => <option key={entry.id} value={entry.id} dir="auto">{entry.title.length > 80 ? `${entry.title.slice(0, 80)}…` : entry.title}</option>)}
            </select>
          </label>
        )}
      </div>
      <div className="field-row">
        {(op === 'create-action' || op === 'set-tier') && (
          <label className="field">{t('meetings.form.tier')}<select aria-label={t('meetings.form.tier')} value={tier} onChange={(event) => setTier(event.target.value as Tier | '')}>
            <option value="">{t(op === 'set-tier' ? 'meetings.form.notSequenced' : 'meetings.form.none')}</option>
            {TIERS.map((entry) => <option key={entry} value={entry}>{t(`meetings.tier.${entry}`)}</option>)}
          </select></label>
        )}
        {op === 'set-status' && (
          <label className="field">{t('meetings.form.status')}<select aria-label={t('meetings.form.status')} value={status} onChange={(event) => setStatus(event.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((entry) => <option key={entry} value={entry}>{t(`meetings.actionStatus.${entry}`)}</option>)}
          </select></label>
        )}
        {op === 'set-lead' && (
          <label className="field">{t('meetings.form.side')}<select aria-label={t('meetings.form.side')} value={side} onChange={(event) => setSide(event.target.value as Side)}>
            {SIDES.map((entry) => <option key={entry} value={entry}>{t(entry === 'us' ? 'meetings.form.sideUs' : 'meetings.form.sideIsrael')}</option>)}
          </select></label>
        )}
        {(op === 'create-action' || (op === 'set-lead' && side === 'us')) && leadSelect('us', usLead, setUsLead)}
        {(op === 'create-action' || (op === 'set-lead' && side === 'israel')) && leadSelect('israel', israelLead, setIsraelLead)}
        {(op === 'create-action' || op === 'set-due') && <label className="field">{t('meetings.form.due')}<input aria-label={t('meetings.form.due')} type="date" value={due} onChange={(event) => setDue(event.target.value)} /></label>}
        <button type="button" className="secondary add-change" disabled={!ready} onClick={() => { if (ready) { onAdd(ready); setTitle(''); } }}>{t('meetings.form.addChange')}</button>
      </div>
    </fieldset>
  );
}
