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
 * An action's searchable text (title, description, initiative, owner names, named persons),
 * folded, kept per action view. The store reuses the view of every action that did not change
 * (deriveActions), so after the first search only changed actions are folded again: folding
 * (NFKD, strip marks, lower-case) 5,000 titles and descriptions was most of a keystroke's
 * filtering. Owner and person names come from the directory and the people, so each pair of them
 * has its own cache; WeakMaps, so a directory, people map or view no longer used takes its texts
 * with it.
 */
const searchTexts = new WeakMap<InstitutionDirectory, WeakMap<object, WeakMap<ActionView, string>>>();
const NO_PEOPLE = {};

function textsFor(directory: InstitutionDirectory, people: People | undefined): WeakMap<ActionView, string> {
  let byPeople = searchTexts.get(directory);
  if (!byPeople) searchTexts.set(directory, (byPeople = new WeakMap()));
  const key = people ?? NO_PEOPLE;
  let texts = byPeople.get(key);
  if (!texts) byPeople.set(key, (texts = new WeakMap()));
  return texts;
}

export function actionSearchText(action: ActionView, directory: InstitutionDirectory, people?: People): string {
  const texts = textsFor(directory, people);
  let text = texts.get(action);
  if (text === undefined) {
    text = fold([
      action.title, action.description, action.initiative ?? '',
      ...ownersOf(action).map((id) => `${directory.get(id)?.name ?? ''} ${directory.get(id)?.shortName ?? ''}`),
      ...[action.usLeadPerson, action.israelLeadPerson].map((id) => (id ? people?.get(id)?.name ?? '' : '')),
    ].join(' '));
    texts.set(action, text);
  }
  return text;
}

const searchWords = (text: string) => fold(text).split(/\s+/).filter(Boolean);

/**
 * The filter compiled once for a pass over every action: the search words folded once, not per
 * action, and each action's text from the cache above.
 */
export function actionMatcher(filter: PlanFilter, compact: CompactData, directory: InstitutionDirectory, people?: People): (action: ActionView) => boolean {
  if (isEmptyFilter(filter)) return () => true;
  const words = searchWords(filter.text);
  return (action) => matches(action, filter, words, compact, directory, people);
}

export function actionMatches(action: ActionView, filter: PlanFilter, compact: CompactData, directory: InstitutionDirectory, people?: People): boolean {
  return matches(action, filter, searchWords(filter.text), compact, directory, people);
}

function matches(
  action: ActionView, filter: PlanFilter, words: readonly string[], compact: CompactData, directory: InstitutionDirectory, people?: People,
): boolean {
  if (filter.tier !== null && (filter.tier === 'unsequenced' ? action.tier !== null : action.tier !== filter.tier)) return false;
  if (filter.status !== null && action.status !== filter.status) return false;
  if (filter.domain !== null && domainOf(action.initiative, compact) !== filter.domain) return false;
  if (filter.owner !== null || filter.side !== null) {
    const owners = ownersOf(action);
    if (filter.owner !== null && !owners.includes(filter.owner)) return false;
    if (filter.side !== null && !owners.some((id) => directory.get(id)?.side === filter.side)) return false;
  }
  if (words.length === 0) return true;
  const haystack = actionSearchText(action, directory, people);
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
