import * as Y from 'yjs';

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
  /** A recommendation or funding code ("AI-1", "F-5"), or absent. */
  initiative: 'initiative',
  usLead: 'usLead',
  israelLead: 'israelLead',
  /** A Deadline (shared/compact/deadline-types.ts) as a plain object, replaced whole on edit. */
  due: 'due',
  /** The compact passage an action was drafted from, and the one that places it in its tier. */
  source: 'source',
  tierSource: 'tierSource',
} as const;

export const INSTITUTION_FIELDS = {
  name: 'name',
  shortName: 'shortName',
  side: 'side',
  kind: 'kind',
  parent: 'parent',
} as const;

export type ActionRecord = Y.Map<unknown>;

/** Transaction origin of the user's own edits on this device. */
export const LOCAL_ORIGIN = Symbol('tandem:local');

export function createWorkspaceDoc(): Y.Doc {
  return new Y.Doc();
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

export function authorsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.authors);
}

/** The key under which a client id's author and edits are recorded. */
export function authorKey(clientId: number): string {
  return String(clientId);
}
