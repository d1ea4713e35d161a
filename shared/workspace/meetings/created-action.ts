/**
 * An action a decision creates must exist once, however many laptops apply the decision and in
 * whatever order they meet again. A random id would create it once per laptop; a fixed id written
 * by each laptop's own client would be two records under one key, and Yjs would keep one and drop
 * the other (the gate refuses that as a replaced record). So the record is written the way the
 * canonical seed is (seed-update.ts): as a Yjs update built from the change alone, under a client
 * id derived from it, with deterministic content. Every laptop builds the same bytes; Yjs takes
 * the second copy for the first, and merging them is a no-op.
 *
 * The id and the client id both derive from the decision's id and the change's content: a change
 * edited on one laptop before it was applied there is another action (both laptops' applications
 * stand, visibly), never two contents under one struct id (which the gate refuses as forgery).
 * What differs per laptop — when, by whom, the position in the lane — is written afterwards in the
 * applying transaction under the laptop's own client, as ordinary field writes.
 */
import * as Y from 'yjs';
import { DEFAULT_ACTION_STATUS } from '../action-status';
import { ACTION_FIELDS as F, LOWEST_LIVE_CLIENT_ID, ROOT, isReservedClientId } from '../schema';
import type { CreateActionChange } from './plan-changes';

/** FNV-1a, 32 bits: a stable, dependency-free hash of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The change as JSON with its fields in one fixed order. */
function canonicalJson(change: CreateActionChange): string {
  return JSON.stringify([change.title, change.tier ?? null, change.usLead ?? null, change.israelLead ?? null, change.due ?? null]);
}

/** The id of the action that `change` of decision `decisionId` creates. */
export function createdActionId(decisionId: string, change: CreateActionChange): string {
  const content = canonicalJson(change);
  return `dec-${decisionId}-${fnv1a(`${decisionId}\u0000${content}`).toString(36)}${fnv1a(`${content}\u0000${decisionId}`).toString(36)}`;
}

/** The client id the created action's canonical content is written under: never a reserved or seed id. */
export function createdActionClientId(actionId: string): number {
  let clientId = fnv1a(`tandem:created-action\u0000${actionId}`);
  while (isReservedClientId(clientId)) clientId = (fnv1a(String(clientId)) | LOWEST_LIVE_CLIENT_ID) >>> 0;
  return clientId;
}

/** The canonical update creating the action: the same bytes on every laptop. */
export function createdActionUpdate(actionId: string, decisionId: string, change: CreateActionChange): Uint8Array {
  const scratch = new Y.Doc({ gc: false });
  scratch.clientID = createdActionClientId(actionId);
  const record = new Y.Map<unknown>();
  record.set(F.title, new Y.Text(change.title.trim()));
  record.set(F.status, DEFAULT_ACTION_STATUS);
  record.set(F.description, new Y.Text());
  record.set(F.supporting, new Y.Map<unknown>());
  record.set(F.dependsOn, new Y.Map<unknown>());
  if (change.tier) record.set(F.tier, change.tier);
  if (change.usLead) {
    record.set(F.usLead, change.usLead);
    record.set(F.usLeadPerson, null);
  }
  if (change.israelLead) {
    record.set(F.israelLead, change.israelLead);
    record.set(F.israelLeadPerson, null);
  }
  if (change.due) record.set(F.due, { kind: 'calendar', phrase: change.due, date: change.due });
  record.set(F.decision, decisionId);
  scratch.getMap(ROOT.actions).set(actionId, record);
  const update = Y.encodeStateAsUpdate(scratch);
  scratch.destroy();
  return update;
}
