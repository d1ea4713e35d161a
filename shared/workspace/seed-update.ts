/**
 * The canonical seed update: the compact's editable starting content (the owner directory, the
 * draft 90-day plan, and an empty owner record per initiative) as one Yjs update, built the same
 * way on every laptop.
 *
 * Why: two laptops that each create a workspace must not conflict. If each wrote the seed on
 * first open, every record would exist twice under two random client ids, and each seeded field
 * would be a concurrent write. Built with a fixed client id, fixed timestamps and a fixed
 * insertion order, the update is byte-identical everywhere, so Yjs sees the same items on every
 * copy and merging two workspaces leaves one of each.
 *
 * Invariant: a client id names one content for ever. Yjs treats two structs with the same client
 * id and clock as the same item, so different content under a reused id would corrupt every copy.
 * Any change to the seed content is therefore a new SEED version with a new client id, and
 * tests/unit/workspace/seed-update.test.ts fails until the recorded fingerprint is updated with
 * it. A later version must only add records under new keys (or migrate explicitly): writing a key
 * v1 wrote would be a concurrent overwrite of whatever delegations made of it.
 */
import * as Y from 'yjs';
import type { Deadline } from '../compact/deadline-types';
import type { CompactData, DraftAction, Institution, Passage } from '../compact/types';
import { generateNKeysBetween } from 'fractional-indexing';
import { ACTION_FIELDS as F, INSTITUTION_FIELDS as I, OWNER_FIELDS as O, actionsMap, authorKey, initiativesMap, institutionsMap } from './schema';
import { DEFAULT_ACTION_STATUS } from './action-status';

export const SEED = {
  version: 1,
  /** 0x5eed0001; never reuse for other content (see above). Listed in RESERVED_CLIENT_IDS. */
  clientId: 0x5eed0001,
  /** The compact's date: every seeded record was "created" then, on every laptop. */
  createdAt: '2026-06-01T00:00:00.000Z',
} as const;

/**
 * Every seed version that has left a developer's machine: client id → SHA-256 of its update.
 * APPEND ONLY. An entry is never edited or removed: a client id once listed names that content
 * for ever, in every workspace that holds it. The seed test and the app's start-up both require
 * SEED's content to match its entry here, so changing seed content means a new SEED version with
 * a new client id and a new entry. (Version 1 was reworked under one id while still unreleased,
 * before it first landed; from its landing on, this table is the rule.)
 */
export const RELEASED_SEEDS: ReadonlyMap<number, string> = new Map([
  [0x5eed0001, '8fb299b4ff170f2593e63e4a5f1c7e832bc8f93f32c315f86856f187cad3b420'],
]);

/**
 * Transaction origin of applying the seed. Seed updates are never stored: the writer skips this
 * origin, and the seed is re-applied on every open instead.
 */
import { SEED_ORIGIN } from './origins';

export { SEED_ORIGIN };

export function buildSeedUpdate(compact: CompactData): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = SEED.clientId;
  doc.transact(() => {
    const institutions = institutionsMap(doc);
    for (const institution of [...compact.institutions].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      institutions.set(institution.id, institutionRecord(institution));
    }
    const actions = actionsMap(doc);
    const orders = laneOrders(compact.plan);
    for (const draft of compact.plan) actions.set(draft.id, actionRecord(draft, orders.get(draft.id)!));
    // Every initiative gets its (empty) owner record now, so assigning owners later is a field
    // write on one shared record, never two laptops each creating the record.
    const initiatives = initiativesMap(doc);
    for (const rec of compact.recommendations) initiatives.set(rec.code, ownerRecord());
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Applies the seed to a workspace; a no-op where it is already present. */
export function applySeed(doc: Y.Doc, seedUpdate: Uint8Array): void {
  Y.applyUpdate(doc, seedUpdate, SEED_ORIGIN);
}

/** True when `record`'s creation stamp was written by the seed (a draft from the compact). */
export function isSeedStamp(writer: number | null): boolean {
  return writer === SEED.clientId;
}

function institutionRecord(institution: Institution): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  record.set(I.name, institution.name);
  if (institution.shortName) record.set(I.shortName, institution.shortName);
  record.set(I.side, institution.side);
  record.set(I.kind, institution.kind);
  if (institution.parent) record.set(I.parent, institution.parent);
  return record;
}

/** Each tier's drafts in file order, keyed evenly: a1, a2, … per lane. */
function laneOrders(plan: readonly DraftAction[]): Map<string, string> {
  const orders = new Map<string, string>();
  for (const tier of new Set(plan.map((draft) => draft.tier))) {
    const lane = plan.filter((draft) => draft.tier === tier);
    const keys = generateNKeysBetween(null, null, lane.length);
    lane.forEach((draft, index) => orders.set(draft.id, keys[index]!));
  }
  return orders;
}

function ownerRecord(): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  record.set(O.supporting, new Y.Map<unknown>());
  return record;
}

function actionRecord(draft: DraftAction, order: string): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  const by = authorKey(SEED.clientId);
  record.set(F.title, new Y.Text(draft.title));
  record.set(F.status, DEFAULT_ACTION_STATUS);
  record.set(F.createdAt, SEED.createdAt);
  record.set(F.createdBy, by);
  record.set(F.editedAt, SEED.createdAt);
  record.set(F.editedBy, by);
  record.set(F.tier, draft.tier);
  record.set(F.order, order);
  record.set(F.description, new Y.Text());
  record.set(F.supporting, new Y.Map<unknown>());
  record.set(F.dependsOn, new Y.Map<unknown>());
  if (draft.initiative) record.set(F.initiative, draft.initiative);
  if (draft.usLead) record.set(F.usLead, draft.usLead);
  if (draft.israelLead) record.set(F.israelLead, draft.israelLead);
  if (draft.deadline) record.set(F.due, plainDeadline(draft.deadline));
  record.set(F.source, plainPassage(draft.source));
  record.set(F.tierSource, plainPassage(draft.tierPassage));
  return record;
}

/** Fixed key order, whatever order the JSON file used: the encoded bytes depend on it. */
function plainPassage(passage: Passage): Passage {
  return { section: passage.section, quote: passage.quote };
}

function plainDeadline(deadline: Deadline): Deadline {
  switch (deadline.kind) {
    case 'within':
      return {
        kind: 'within', phrase: deadline.phrase, event: deadline.event, eventStated: deadline.eventStated,
        offset: { amount: deadline.offset.amount, unit: deadline.offset.unit },
      };
    case 'window':
      return {
        kind: 'window', phrase: deadline.phrase, event: deadline.event, eventStated: deadline.eventStated,
        from: { amount: deadline.from.amount, unit: deadline.from.unit },
        to: { amount: deadline.to.amount, unit: deadline.to.unit },
      };
    case 'calendar':
      return { kind: 'calendar', phrase: deadline.phrase, date: deadline.date };
  }
}
