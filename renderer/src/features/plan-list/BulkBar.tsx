import { useState } from 'react';
import { TIERS, type Side, type Tier } from '../../../../shared/compact/types';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/workspace/action-status';
import type { BulkChange } from '../../../../shared/workspace/bulk-edits';
import { X } from 'lucide-react';
import { useCommands } from '../../ui/runtime-context';
import { usePlanWords } from '../actions/use-plan-words';
import type { LeadOption } from './cells';

interface Props {
  readonly ids: readonly string[];
  readonly usOptions: readonly LeadOption[];
  readonly israelOptions: readonly LeadOption[];
  readonly onClear: () => void;
}

const NONE = '__none';

/**
 * "3 selected": one status, tier or lead for all of them, as one step (one Ctrl+Z takes it back).
 * Each menu applies on choosing and returns to its name. A refusal (one of them cannot take it)
 * changes none of them and is said here.
 */
export function BulkBar({ ids, usOptions, israelOptions, onClear }: Props) {
  const commands = useCommands();
  const words = usePlanWords();
  const { t } = words;
  const [message, setMessage] = useState<{ text: string; refused: boolean } | null>(null);
  const count = ids.length;
  const apply = (change: BulkChange, done: string) => {
    let reason: string | null = null;
    const ok = commands.bulkEdit(ids, change, (refused) => { reason = refused; });
    setMessage(ok ? { text: done, refused: false } : { text: reason ?? t('plan.notMade'), refused: true });
  };
  const lead = (side: Side, options: readonly LeadOption[]) => {
    const sideWords = t(`plan.lead.${side}`);
    return (
      <select aria-label={t('plan.bulk.setLead', { count, side: sideWords })} value="" className={`bulk-lead-${side}`}
        onChange={(event) => {
          const institution = event.target.value === NONE ? null : event.target.value;
          const name = institution ? options.find((option) => option.id === institution)?.label ?? institution : t('plan.bulk.noneNamedLower');
          apply({ field: 'lead', side, institution }, t('plan.bulk.doneLead', { count, side: sideWords, name }));
        }}>
        <option value="" disabled>{sideWords}</option>
        <option value={NONE}>{t('plan.bulk.noneNamed')}</option>
        {options.map((option) => <option key={option.id} value={option.id} title={option.title}>{option.label}</option>)}
      </select>
    );
  };
  return (
    <div className="bulk-bar" role="region" aria-label={t('plan.bulk.region')} data-testid="bulk-bar">
      <span className="bulk-count">{t('plan.bulk.selected', { count })}</span>
      <select aria-label={t('plan.bulk.setStatus', { count })} value=""
        onChange={(event) => {
          const status = event.target.value as ActionStatus;
          apply({ field: 'status', status }, t('plan.bulk.doneStatus', { count, status: words.status(status) }));
        }}>
        <option value="" disabled>{t('plan.bulk.status')}</option>
        {ACTION_STATUSES.map((status) => <option key={status} value={status}>{words.status(status)}</option>)}
      </select>
      <select aria-label={t('plan.bulk.setTier', { count })} value=""
        onChange={(event) => {
          const tier = event.target.value === NONE ? null : (event.target.value as Tier);
          apply({ field: 'tier', tier }, t('plan.bulk.doneTier', { count, tier: words.tier(tier) }));
        }}>
        <option value="" disabled>{t('plan.bulk.tier')}</option>
        <option value={NONE}>{words.tier(null)}</option>
        {TIERS.map((tier) => <option key={tier} value={tier}>{words.tier(tier)}</option>)}
      </select>
      {lead('us', usOptions)}
      {lead('israel', israelOptions)}
      <button type="button" className="bulk-clear" onClick={onClear}><X size={14} aria-hidden="true" /> {t('plan.bulk.clear')}</button>
      {message && (
        <p className={message.refused ? 'bulk-message field-error' : 'bulk-message'} role={message.refused ? 'alert' : 'status'}>{message.text}</p>
      )}
    </div>
  );
}
