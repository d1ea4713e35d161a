import * as Y from 'yjs';
import type { GcFilter } from '../yjs/internals';

/**
 * The workspace document's shape. One Y.Doc per workspace; every collection is a root Y.Map keyed
 * by a stable id, every record a nested Y.Map, every long text a Y.Text. Nothing is ordered by
 * position in a Y.Array: concurrent moves in an array duplicate or lose items.
 *
 *   actions:  Y.Map<actionId, Y.Map>   one record per action (fields in ACTION_FIELDS); the key
 *                                      is the action's id, never stored twice
 *   authors:  Y.Map<clientId, Author>  who wrote under each Yjs client id (see authors.ts)
 *   institutions: Y.Map<id, Y.Map>     the owner directory (INSTITUTION_FIELDS), seeded from the
 *                                      compact's owner tables; delegations add to it
 *   eventDates: Y.Map<eventId, string> the day a delegation gave an anchor event (YYYY-MM-DD);
 *                                      every deadline counted from that event follows from it
 *   people:   Y.Map<id, Y.Map>         named persons (PERSON_FIELDS), each at an institution
 *   initiatives: Y.Map<code, Y.Map>    who leads and supports each recommendation
 *                                      (OWNER_FIELDS); the seed creates every record, so edits
 *                                      are field writes, never two laptops creating one record
 *   conflicts: Y.Map<key, entry>       the conflict inbox (shared/review/conflict-entry.ts): one
 *                                      plain object per concurrent change a merge revealed, keyed
 *                                      deterministically so two laptops that detect the same
 *                                      conflict write the same key; entries are never edited
 *   conflictResolutions: Y.Map<key, resolution>  who settled an inbox entry, when and how; kept
 *                                      apart from the entry so that a laptop re-detecting an entry
 *                                      while another resolves it can never overwrite the resolution
 *
 * Sets that two laptops may grow at once (supporting owners, dependencies) are nested Y.Maps
 * keyed by the member's id, created with their record: concurrent additions both survive,
 * where a whole-list value would keep only one side's list.
 *
 * The compact's own content (recommendations, funding, metrics…) is reference data shipped in
 * seeds/ and never stored here; the document holds what delegations edit. A new workspace starts
 * from the canonical seed update (seed-update.ts), not from content written on first open.
 *
 * Live documents keep the random client id Yjs gives each Y.Doc instance; it is never persisted
 * and reused (two windows sharing one id would corrupt the document).
 */
export const ROOT = {
  actions: 'actions',
  authors: 'authors',
  institutions: 'institutions',
  eventDates: 'eventDates',
  people: 'people',
  initiatives: 'initiatives',
  conflicts: 'conflicts',
  conflictResolutions: 'conflictResolutions',
  /** Working sessions, their agenda items and their decisions: meetings/meeting-schema.ts. */
  meetings: 'meetings',
  agendaItems: 'agendaItems',
  decisions: 'decisions',
  /** Signed authorship statements and digests of deleted content: shared/authorship/authorship-root.ts. */
  authorship: 'authorship',
  /** Per-delegation sign-offs (append-only) and comment threads: agreement/sign-offs.ts, agreement/comments.ts. */
  signOffs: 'signOffs',
  comments: 'comments',
} as const;

/** Lead and supporting owners: on actions and on initiative records alike. */
export const OWNER_FIELDS = {
  usLead: 'usLead',
  usLeadPerson: 'usLeadPerson',
  israelLead: 'israelLead',
  israelLeadPerson: 'israelLeadPerson',
  /** Y.Map<institutionId, true>. */
  supporting: 'supporting',
} as const;

export const ACTION_FIELDS = {
  title: 'title',
  status: 'status',
  createdAt: 'createdAt',
  createdBy: 'createdBy',
  editedAt: 'editedAt',
  editedBy: 'editedBy',
  /** One of TIERS (shared/compact/types.ts): the Fifth First Step's three sequencing lanes. */
  tier: 'tier',
  /** Fractional-index key ordering the action within its tier; id breaks ties (see ordering.ts). */
  order: 'order',
  /** Y.Text, edited collaboratively like the title. */
  description: 'description',
  /** A recommendation or funding code ("AI-1", "F-5"), or absent. */
  initiative: 'initiative',
  ...OWNER_FIELDS,
  /** Y.Map<actionId, true>: the actions this one waits for. */
  dependsOn: 'dependsOn',
  /** Soft delete: true hides the action until someone restores it; nothing is erased. */
  deleted: 'deleted',
  /** A Deadline (shared/compact/deadline-types.ts) as a plain object, replaced whole on edit. */
  due: 'due',
  /** The compact passage an action was drafted from, and the one that places it in its tier. */
  source: 'source',
  tierSource: 'tierSource',
  /** Why the tier stands without a passage about this action (the compact has none), or despite it. */
  tierNote: 'tierNote',
  /** Seed-written, read-only: ids of the compact's discrepancies this draft takes a side in. */
  disputedBy: 'disputedBy',
  /** Set on an action a meeting's decision created: the decision's id (meetings/apply-decision.ts). */
  decision: 'decision',
} as const;

export const INSTITUTION_FIELDS = {
  name: 'name',
  shortName: 'shortName',
  side: 'side',
  kind: 'kind',
  parent: 'parent',
} as const;

export const PERSON_FIELDS = {
  name: 'name',
  institution: 'institution',
} as const;

export type ActionRecord = Y.Map<unknown>;

/** Transaction origin of the user's own edits on this device. */
export { LOCAL_ORIGIN } from './origins';

/**
 * Client ids that name fixed content (the canonical seed versions). A live document must never
 * write under one: Yjs would take its items for the seed's.
 */
export const RESERVED_CLIENT_IDS: ReadonlySet<number> = new Set([0x5eed0001, 2]);

/**
 * Seed migrations (version 2 on) write under tiny client ids, and a live document never draws an
 * id below this: YATA orders concurrent writes to one map key by client id, the lowest to the
 * left, and a map shows its rightmost value, so a migration loses every race against a
 * delegation's write (see seed-migration.ts). Yjs draws uniform 32-bit ids, so a historical id
 * below this is a 1-in-65,536 chance per laptop; new documents redraw.
 */
export const LOWEST_LIVE_CLIENT_ID = 0x10000;

export function isReservedClientId(clientId: number): boolean {
  return clientId < LOWEST_LIVE_CLIENT_ID || RESERVED_CLIENT_IDS.has(clientId);
}

/** `gcFilter`: Yjs's own option, false for a deleted item whose content must be kept (undo-memory.ts). */
export function createWorkspaceDoc(options: { readonly gcFilter?: GcFilter } = {}): Y.Doc {
  const doc = new Y.Doc(options.gcFilter ? { gcFilter: options.gcFilter } : {});
  while (isReservedClientId(doc.clientID)) doc.clientID = Math.floor(Math.random() * 0xffffffff);
  return doc;
}

export function actionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.actions);
}

export function institutionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.institutions);
}

export function eventDatesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.eventDates);
}

export function peopleMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.people);
}

export function initiativesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.initiatives);
}

export function conflictsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.conflicts);
}

export function conflictResolutionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.conflictResolutions);
}

export function authorsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.authors);
}

/** The key under which a client id's author and edits are recorded. */
export function authorKey(clientId: number): string {
  return String(clientId);
}
