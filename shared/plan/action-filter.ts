/**
 * Search and filter across actions and initiatives: free text (titles, descriptions, codes,
 * owner names), an owner institution, a side with a lead gap or an owner, tier, status, domain.
 * Empty criteria match everything. Case- and accent-insensitive, so Hebrew and English both work.
 */
import type { CompactData, DomainId, Recommendation, Side, Tier } from '../compact/types';
import type { ActionStatus } from '../workspace/action-status';
import type { ActionView } from '../workspace/action-view';
import type { InstitutionDirectory } from '../workspace/institution-view';
import type { OwnersView, PersonView } from '../workspace/owner-view';

/** The directory's people, for finding a lead by name; optional where no one is named. */
type People = ReadonlyMap<string, PersonView>;

export interface PlanFilter {
  readonly text: string;
  readonly owner: string | null;
  readonly side: Side | null;
  readonly tier: Tier | 'unsequenced' | null;
  readonly status: ActionStatus | null;
  readonly domain: DomainId | null;
}

export const NO_FILTER: PlanFilter = { text: '', owner: null, side: null, tier: null, status: null, domain: null };

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

function ownersOf(action: ActionView): string[] {
  return [action.usLead, action.israelLead, ...action.supporting].filter((id): id is string => id !== null);
}

function domainOf(code: string | null, compact: CompactData): DomainId | null {
  if (!code) return null;
  if (code.startsWith('F-')) return 'funding';
  return compact.recommendations.find((rec) => rec.code === code)?.domain ?? null;
}

export function isEmptyFilter(filter: PlanFilter): boolean {
  return filter.text.trim() === '' && filter.owner === null && filter.side === null && filter.tier === null &&
    filter.status === null && filter.domain === null;
}

/**
 * The filter compiled once for a pass over every action: the search words folded once, not per
 * action (at 5,000 actions that was most of a keystroke's filtering cost).
 */
export function actionMatcher(filter: PlanFilter, compact: CompactData, directory: InstitutionDirectory, people?: People): (action: ActionView) => boolean {
  if (isEmptyFilter(filter)) return () => true;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const compiled = { ...filter, text: words.join(' ') };
  return (action) => actionMatches(action, compiled, compact, directory, people);
}

export function actionMatches(action: ActionView, filter: PlanFilter, compact: CompactData, directory: InstitutionDirectory, people?: People): boolean {
  if (filter.tier !== null && (filter.tier === 'unsequenced' ? action.tier !== null : action.tier !== filter.tier)) return false;
  if (filter.status !== null && action.status !== filter.status) return false;
  if (filter.domain !== null && domainOf(action.initiative, compact) !== filter.domain) return false;
  const owners = ownersOf(action);
  if (filter.owner !== null && !owners.includes(filter.owner)) return false;
  if (filter.side !== null && !owners.some((id) => directory.get(id)?.side === filter.side)) return false;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([
    action.title, action.description, action.initiative ?? '',
    ...owners.map((id) => `${directory.get(id)?.name ?? ''} ${directory.get(id)?.shortName ?? ''}`),
    ...[action.usLeadPerson, action.israelLeadPerson].map((id) => (id ? people?.get(id)?.name ?? '' : '')),
  ].join(' '));
  return words.every((word) => haystack.includes(word));
}

/**
 * Initiatives match on text, domain, owner and side: the annex's owners and those the delegations
 * assigned (leads, named persons, supporting). Tier and status concern actions only.
 */
export function recommendationMatches(
  rec: Recommendation, filter: PlanFilter, directory: InstitutionDirectory, assigned?: OwnersView, people?: People,
): boolean {
  if (filter.domain !== null && rec.domain !== filter.domain) return false;
  const owners = [
    ...[...rec.usOwners, ...rec.israelOwners].flatMap((entry) => entry.institutions),
    ...(assigned ? [assigned.usLead, assigned.israelLead, ...assigned.supporting].filter((id): id is string => id !== null) : []),
  ];
  if (filter.owner !== null && !owners.includes(filter.owner)) return false;
  if (filter.side !== null && !owners.some((id) => directory.get(id)?.side === filter.side)) return false;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([rec.code, rec.title, rec.annexTitle ?? '', rec.action.quote,
    ...owners.map((id) => `${directory.get(id)?.name ?? ''} ${directory.get(id)?.shortName ?? ''}`),
    ...[assigned?.usLeadPerson, assigned?.israelLeadPerson].map((id) => (id ? people?.get(id)?.name ?? '' : '')),
    ...[...rec.usOwners, ...rec.israelOwners].map((entry) => entry.asWritten)].join(' '));
  return words.every((word) => haystack.includes(word));
}
