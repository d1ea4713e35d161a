import { memo, useState } from 'react';
import type { Side, Tier } from '../../../../shared/compact/types';
import { TIERS } from '../../../../shared/compact/types';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/workspace/action-status';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { tierKey } from './labels';
import { usePlanWords } from '../actions/use-plan-words';

/**
 * The row's editable chips. Native selects, styled as chips: the platform gives them keyboard
 * use, typeahead and screen-reader names for free, and each writes through the same validated
 * command as the detail panel. tabIndex -1: the list is one Tab stop; arrows and the letter keys
 * reach them (use-list-keys.ts).
 */
export interface LeadOption {
  readonly id: string;
  readonly label: string;
  readonly title: string;
}

interface StatusProps {
  readonly action: ActionView;
  readonly name: string;
  readonly readOnly: boolean;
  readonly onChange: (status: ActionStatus) => void;
}

export function StatusCell({ action, name, readOnly, onChange }: StatusProps) {
  const words = usePlanWords();
  const label = words.statusOf(action);
  return (
    <span className={`plan-cell plan-status status-${action.status ?? 'invalid'}`}>
      <span className="status-dot" aria-hidden="true" />
      <select aria-label={words.t('plan.row.statusOf', { title: name })} data-control="status" tabIndex={-1} value={action.status ?? ''} disabled={readOnly}
        title={label} onChange={(event) => onChange(event.target.value as ActionStatus)}>
        {action.status === null && <option value="" disabled>{label}</option>}
        {ACTION_STATUSES.map((status) => <option key={status} value={status}>{words.status(status)}</option>)}
      </select>
    </span>
  );
}

interface LeadProps {
  /**
   * Whether the whole directory is listed. A select with 40 options costs ~0.6 ms to create
   * (20 rows of two lead menus: a scroll frame's budget gone), so a row lists only the chosen
   * institution until it is pointed at or focused, which happens before any menu can open.
   */
  readonly armed: boolean;
  readonly side: Side;
  readonly lead: string | null;
  readonly person: string | null;
  readonly name: string;
  readonly options: readonly LeadOption[];
  readonly readOnly: boolean;
  readonly onChange: (institution: string | null) => void;
}

export const LeadCell = memo(function LeadCell({ armed, side, lead, person, name, options, readOnly, onChange }: LeadProps) {
  const words = usePlanWords();
  const sideWords = words.t(`plan.lead.${side}`);
  const [focused, setFocused] = useState(false);
  const chosen = lead ? options.find((option) => option.id === lead) : undefined;
  const listed = armed || focused ? options : chosen ? [chosen] : [];
  const title = chosen
    ? person ? words.t('plan.row.leadTitlePerson', { side, name: chosen.title, person }) : words.t('plan.row.leadTitle', { side, name: chosen.title })
    : words.t('plan.row.leadNone', { side: sideWords });
  return (
    <span className={`plan-cell plan-lead lead-${side}${lead ? '' : ' unset'}`} title={title}>
      <select aria-label={words.t('plan.row.leadOf', { side: sideWords, title: name })} data-control={`lead-${side}`} tabIndex={-1} value={lead ?? ''}
        disabled={readOnly} onFocus={() => setFocused(true)} onPointerDown={() => setFocused(true)}
        onChange={(event) => onChange(event.target.value || null)}>
        <option value="">—</option>
        {lead && !chosen && <option value={lead} disabled dir="auto">{lead}</option>}
        {listed.map((option) => <option key={option.id} value={option.id} title={option.title} dir="auto">{option.label}</option>)}
      </select>
    </span>
  );
});

interface TierProps {
  readonly tier: Tier | null;
  readonly name: string;
  readonly readOnly: boolean;
  readonly onChange: (tier: Tier | null) => void;
}

export function TierCell({ tier, name, readOnly, onChange }: TierProps) {
  const words = usePlanWords();
  return (
    <span className={`plan-cell plan-tier tier-${tierKey(tier)}`} title={words.tier(tier)}>
      <select aria-label={words.t('plan.row.tierOf', { title: name })} data-control="tier" tabIndex={-1} value={tierKey(tier)} disabled={readOnly}
        onChange={(event) => onChange(event.target.value === 'none' ? null : (event.target.value as Tier))}>
        <option value="none">{words.tierShort(null)}</option>
        {TIERS.map((value) => <option key={value} value={value}>{words.tierShort(value)}</option>)}
      </select>
    </span>
  );
}
