import { useState } from 'react';
import { TIERS, type Side, type Tier } from '../../../../shared/compact/types';
import { TIER_LABELS } from '../../../../shared/compact/tiers';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from '../../../../shared/workspace/action-status';
import type { BulkChange } from '../../../../shared/workspace/bulk-edits';
import { X } from 'lucide-react';
import { useCommands } from '../../ui/runtime-context';
import type { LeadOption } from './cells';
import { groupLabel, UNSEQUENCED_LABEL } from './plan-labels';

interface Props {
  readonly ids: readonly string[];
  readonly usOptions: readonly LeadOption[];
  readonly israelOptions: readonly LeadOption[];
  readonly onClear: () => void;
}

const NONE = '__none';
const SIDE_WORDS: Readonly<Record<Side, string>> = { us: 'U.S. lead', israel: 'Israel lead' };

/**
 * "3 selected": one status, tier or lead for all of them, as one step (one Ctrl+Z takes it back).
 * Each menu applies on choosing and returns to its name. A refusal (one of them cannot take it)
 * changes none of them and is said here.
 */
export function BulkBar({ ids, usOptions, israelOptions, onClear }: Props) {
  const commands = useCommands();
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);
  const count = `${ids.length} action${ids.length === 1 ? '' : 's'}`;
  const apply = (change: BulkChange, done: string) => {
    let reason: string | null = null;
    const ok = commands.bulkEdit(ids, change, (refused) => { reason = refused; });
    setMessage(ok ? { text: `${done} on ${count}. Undo (Ctrl+Z) takes it back.`, refused: false } : { text: reason ?? 'The change was not made.', refused: true });
  };
  const lead = (side: Side, options: readonly LeadOption[]) => (
    <select aria-label={`Set the ${SIDE_WORDS[side]} of the ${count} selected`} value="" className={`bulk-lead-${side}`}
      onChange={(event) => {
        const institution = event.target.value === NONE ? null : event.target.value;
        const name = institution ? options.find((option) => option.id === institution)?.label ?? institution : 'none named';
        apply({ field: 'lead', side, institution }, `${SIDE_WORDS[side]} set to ${name}`);
      }}>
      <option value="" disabled>{SIDE_WORDS[side]}</option>
      <option value={NONE}>None named</option>
      {options.map((option) => <option key={option.id} value={option.id} title={option.title}>{option.label}</option>)}
    </select>
  );
  return (
    <div className="bulk-bar" role="region" aria-label="Selected actions" data-testid="bulk-bar">
      <span className="bulk-count">{ids.length} selected</span>
      <select aria-label={`Set the status of the ${count} selected`} value=""
        onChange={(event) => {
          const status = event.target.value as ActionStatus;
          apply({ field: 'status', status }, `Status set to ${ACTION_STATUS_LABELS[status]}`);
        }}>
        <option value="" disabled>Status</option>
        {ACTION_STATUSES.map((status) => <option key={status} value={status}>{ACTION_STATUS_LABELS[status]}</option>)}
      </select>
      <select aria-label={`Set the tier of the ${count} selected`} value=""
        onChange={(event) => {
          const tier = event.target.value === NONE ? null : (event.target.value as Tier);
          apply({ field: 'tier', tier }, `Moved to ${groupLabel(tier)}`);
        }}>
        <option value="" disabled>Tier</option>
        <option value={NONE}>{UNSEQUENCED_LABEL}</option>
        {TIERS.map((tier) => <option key={tier} value={tier}>{TIER_LABELS[tier]}</option>)}
      </select>
      {lead('us', usOptions)}
      {lead('israel', israelOptions)}
      <button type="button" className="bulk-clear" onClick={onClear}><X size={14} aria-hidden="true" /> Clear</button>
      {message && (
        <p className={message.refused ? 'bulk-message field-error' : 'bulk-message'} role={message.refused ? 'alert' : 'status'}>{message.text}</p>
      )}
    </div>
  );
}
