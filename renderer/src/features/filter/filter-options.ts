/**
 * The choices the filter bar offers, as plain data (no React), so their order and labels are
 * tested without a browser. A select's value is a string; '' always means "any".
 */
import { TIER_LABELS } from '../../../../shared/compact/tiers';
import { TIERS, type Domain, type DomainId, type Side, type Tier } from '../../../../shared/compact/types';
import { NO_FILTER, type PlanFilter } from '../../../../shared/plan/action-filter';
import { ACTION_STATUSES, ACTION_STATUS_LABELS, isActionStatus, type ActionStatus } from '../../../../shared/workspace/action-status';
import { institutionLabel } from '../../../../shared/workspace/institution-name';
import type { InstitutionDirectory } from '../../../../shared/workspace/institution-view';

export interface Option {
  readonly value: string;
  readonly label: string;
}

export interface OptionGroup {
  /** The side's English name; the bar shows `side` in the interface's language. */
  readonly label: string;
  readonly side: Side | null;
  readonly options: readonly Option[];
}

export const SIDE_LABELS: Readonly<Record<Side, string>> = { us: 'U.S.', israel: 'Israel' };

export const UNSEQUENCED_LABEL = 'Not yet sequenced';

/** Institutions by side (U.S., Israel, then any a peer sent without a readable side), by label. */
export function ownerGroups(directory: InstitutionDirectory): OptionGroup[] {
  const sides: { label: string; side: Side | null }[] = [
    { label: SIDE_LABELS.us, side: 'us' }, { label: SIDE_LABELS.israel, side: 'israel' }, { label: 'Side unknown', side: null },
  ];
  const entries = [...directory.values()];
  return sides
    .map(({ label, side }) => ({
      label,
      side,
      options: entries
        .filter((entry) => entry.side === side)
        .map((entry) => ({ value: entry.id, label: institutionLabel(directory, entry.id) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en') || (a.value < b.value ? -1 : 1)),
    }))
    .filter((group) => group.options.length > 0);
}

export const SIDE_OPTIONS: readonly Option[] = (['us', 'israel'] as const).map((side) => ({ value: side, label: SIDE_LABELS[side] }));

export const TIER_OPTIONS: readonly Option[] = [
  ...TIERS.map((tier) => ({ value: tier, label: TIER_LABELS[tier] })),
  { value: 'unsequenced', label: UNSEQUENCED_LABEL },
];

export const STATUS_OPTIONS: readonly Option[] = ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status] }));

export function domainOptions(domains: readonly Domain[]): Option[] {
  return domains.map((domain) => ({ value: domain.id, label: domain.name }));
}

/** A select's value back into the filter; anything unexpected means "any" rather than a bad filter. */
export function withChoice(filter: PlanFilter, field: 'owner' | 'side' | 'tier' | 'status' | 'domain', value: string): PlanFilter {
  const choice = value === '' ? null : value;
  switch (field) {
    case 'owner':
      return { ...filter, owner: choice };
    case 'side':
      return { ...filter, side: choice === 'us' || choice === 'israel' ? choice : null };
    case 'tier':
      return { ...filter, tier: choice === 'unsequenced' || (TIERS as readonly string[]).includes(choice ?? '') ? (choice as Tier | 'unsequenced') : null };
    case 'status':
      return { ...filter, status: isActionStatus(choice) ? (choice as ActionStatus) : null };
    case 'domain':
      return { ...filter, domain: choice as DomainId | null };
  }
}

export function isFiltering(filter: PlanFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof PlanFilter)[]).some((key) =>
    key === 'text' ? filter.text.trim() !== '' : filter[key] !== NO_FILTER[key]);
}
