import * as Y from 'yjs';

/**
 * The workspace document's shape. One Y.Doc per workspace; every collection is a root Y.Map keyed
 * by a stable id, every record a nested Y.Map, every long text a Y.Text. Nothing is ordered by
 * position in a Y.Array: concurrent moves in an array duplicate or lose items.
 *
 *   actions:  Y.Map<actionId, Y.Map>   one record per action (fields in ACTION_FIELDS); the key
 *                                      is the action's id, never stored twice
 *   authors:  Y.Map<clientId, Author>  who wrote under each Yjs client id (see authors.ts)
 *
 * Live documents keep the random client id Yjs gives each Y.Doc instance; it is never persisted
 * and reused (two windows sharing one id would corrupt the document).
 */
export const ROOT = {
  actions: 'actions',
  authors: 'authors',
} as const;

export const ACTION_FIELDS = {
  title: 'title',
  status: 'status',
  createdAt: 'createdAt',
  createdBy: 'createdBy',
  editedAt: 'editedAt',
  editedBy: 'editedBy',
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

export function authorsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.authors);
}

/** The key under which a client id's author and edits are recorded. */
export function authorKey(clientId: number): string {
  return String(clientId);
}
