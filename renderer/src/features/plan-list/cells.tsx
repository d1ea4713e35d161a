import { memo, useState } from 'react';
import type { Side, Tier } from '../../../../shared/compact/types';
import { TIERS } from '../../../../shared/compact/types';
import { TIER_LABELS } from '../../../../shared/compact/tiers';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from '../../../../shared/workspace/action-status';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { UNSEQUENCED_LABEL } from './plan-labels';
import { TIER_SHORT, tierKey } from './labels';

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
  const label = action.status ? ACTION_STATUS_LABELS[action.status] : `Invalid: ${action.rawStatus}`;
  return (
    <span className={`plan-cell plan-status status-${action.status ?? 'invalid'}`}>
      <span className="status-dot" aria-hidden="true" />
      <select aria-label={`Status of ${name}`} data-control="status" tabIndex={-1} value={action.status ?? ''} disabled={readOnly}
        title={label} onChange={(event) => onChange(event.target.value as ActionStatus)}>
        {action.status === null && <option value="" disabled>{label}</option>}
        {ACTION_STATUSES.map((status) => <option key={status} value={status}>{ACTION_STATUS_LABELS[status]}</option>)}
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

const SIDE_WORDS: Readonly<Record<Side, string>> = { us: 'U.S. lead', israel: 'Israel lead' };

export const LeadCell = memo(function LeadCell({ armed, side, lead, person, name, options, readOnly, onChange }: LeadProps) {
  const [focused, setFocused] = useState(false);
  const chosen = lead ? options.find((option) => option.id === lead) : undefined;
  const listed = armed || focused ? options : chosen ? [chosen] : [];
  const title = chosen ? `${SIDE_WORDS[side]}: ${chosen.title}${person ? ` (${person})` : ''}` : `${SIDE_WORDS[side]}: none named`;
  return (
    <span className={`plan-cell plan-lead lead-${side}${lead ? '' : ' unset'}`} title={title}>
      <select aria-label={`${SIDE_WORDS[side]} of ${name}`} data-control={`lead-${side}`} tabIndex={-1} value={lead ?? ''}
        disabled={readOnly} onFocus={() => setFocused(true)} onPointerDown={() => setFocused(true)}
        onChange={(event) => onChange(event.target.value || null)}>
        <option value="">—</option>
        {lead && !chosen && <option value={lead} disabled>{lead}</option>}
        {listed.map((option) => <option key={option.id} value={option.id} title={option.title}>{option.label}</option>)}
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
  return (
    <span className={`plan-cell plan-tier tier-${tierKey(tier)}`} title={tier ? TIER_LABELS[tier] : UNSEQUENCED_LABEL}>
      <select aria-label={`Tier of ${name}`} data-control="tier" tabIndex={-1} value={tierKey(tier)} disabled={readOnly}
        onChange={(event) => onChange(event.target.value === 'none' ? null : (event.target.value as Tier))}>
        <option value="none">{TIER_SHORT.none}</option>
        {TIERS.map((value) => <option key={value} value={value}>{TIER_SHORT[value]}</option>)}
      </select>
    </span>
  );
}
