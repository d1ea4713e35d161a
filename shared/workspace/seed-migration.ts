/**
 * A seed version after the first, as an explicit migration of the version before it.
 *
 * Why not rebuild: a client id names one content for ever, and version 1's items are in every
 * workspace created before version 2, with the delegations' edits built on them. Version 2 is
 * therefore what version 1 lacks: a Yjs update written on top of version 1's exact bytes under a
 * new fixed client id, that adds the new records (new keys) and re-sets only those fields of
 * version 1's records whose content changed.
 *
 * Why it never overwrites a delegation: the migration is built from version 1 alone, so every
 * delegation write to a field it re-sets is concurrent with it (both replace the same version-1
 * item, or both write a key version 1 left empty: the same YATA origin). YATA orders such
 * siblings by client id, lowest to the left, and a map key shows its rightmost item. Migrations
 * write under tiny client ids (2 for version 2) and live documents never draw an id below
 * LOWEST_LIVE_CLIENT_ID (schema.ts), so whichever order the updates arrive in, a delegation's
 * write stays the value and the migration's is deleted beside it. A field no delegation touched
 * shows the migration's value. Later delegation writes follow the migration's item and win as
 * any later edit does.
 *
 * Why it converges: the update depends only on version 1's bytes and the seed files, so it is
 * byte-identical on every laptop, and Yjs merges identical items as one. Two laptops that migrate
 * apart, before or after their delegations' edits, hold the same structs once they sync.
 *
 * What it refuses to migrate (the build throws, so a seed change that needs it cannot ship):
 * a changed title (a Y.Text that delegations edit character by character: rewriting it would
 * interleave with their edits), a removed draft or institution (no hard delete), a changed
 * institution.
 */
import * as Y from 'yjs';
import { generateKeyBetween } from 'fractional-indexing';
import type { CompactData, DraftAction, Tier } from '../compact/types';
import { ACTION_FIELDS as F, actionsMap, initiativesMap, institutionsMap } from './schema';
import { actionRecord, institutionFields, institutionRecord, ownerRecord, plainDeadline, plainPassage } from './seed-records';

export interface Migration {
  readonly clientId: number;
  /** The creation stamp of the records the migration adds. */
  readonly createdAt: string;
}

/** The update `migration` writes on top of `base` (the previous versions' canonical bytes). */
export function buildMigration(base: Uint8Array, compact: CompactData, migration: Migration): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = migration.clientId;
  Y.applyUpdate(doc, base);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => migrate(doc, compact, migration));
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}

function migrate(doc: Y.Doc, compact: CompactData, migration: Migration): void {
  const institutions = institutionsMap(doc);
  for (const institution of [...compact.institutions].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const record = institutions.get(institution.id);
    if (!(record instanceof Y.Map)) institutions.set(institution.id, institutionRecord(institution));
    else if (JSON.stringify(record.toJSON()) !== JSON.stringify(institutionFields(institution))) {
      throw new Error(`seed migration: institution ${institution.id} changed; no migration of institutions is defined`);
    }
  }
  for (const known of institutions.keys()) {
    if (!compact.institutions.some((institution) => institution.id === known)) throw new Error(`seed migration: institution ${known} was removed`);
  }
  const initiatives = initiativesMap(doc);
  for (const rec of compact.recommendations) if (!initiatives.has(rec.code)) initiatives.set(rec.code, ownerRecord());

  const actions = actionsMap(doc);
  for (const known of actions.keys()) {
    if (!compact.plan.some((draft) => draft.id === known)) throw new Error(`seed migration: draft ${known} was removed; drafts are never deleted`);
  }
  const nextOrder = laneEnds(actions);
  for (const draft of compact.plan) {
    const record = actions.get(draft.id);
    if (record instanceof Y.Map) migrateAction(record, draft, nextOrder);
    else actions.set(draft.id, actionRecord(draft, nextOrder(draft.tier), migration.clientId, migration.createdAt));
  }
}

/** A key after every action already in the lane, and after the last one handed out. */
function laneEnds(actions: Y.Map<unknown>): (tier: Tier) => string {
  const last = new Map<string, string>();
  actions.forEach((record) => {
    if (!(record instanceof Y.Map)) return;
    const tier = record.get(F.tier);
    const order = record.get(F.order);
    if (typeof tier === 'string' && typeof order === 'string' && order > (last.get(tier) ?? '')) last.set(tier, order);
  });
  return (tier) => {
    const key = generateKeyBetween(last.get(tier) ?? null, null);
    last.set(tier, key);
    return key;
  };
}

/** Re-sets exactly the fields whose seeded content changed; null where a later version has none. */
function migrateAction(record: Y.Map<unknown>, draft: DraftAction, nextOrder: (tier: Tier) => string): void {
  const title = record.get(F.title);
  if (!(title instanceof Y.Text) || title.toString() !== draft.title) {
    throw new Error(`seed migration: the title of ${draft.id} changed; titles are text the delegations edit, so add a new draft instead`);
  }
  const wanted: readonly (readonly [string, unknown])[] = [
    [F.tier, draft.tier],
    [F.initiative, draft.initiative ?? null],
    [F.usLead, draft.usLead ?? null],
    [F.israelLead, draft.israelLead ?? null],
    [F.due, draft.deadline ? plainDeadline(draft.deadline) : null],
    [F.source, plainPassage(draft.source)],
    [F.tierSource, draft.tierPassage ? plainPassage(draft.tierPassage) : null],
    [F.tierNote, draft.tierNote ?? null],
    [F.disputedBy, draft.disputedBy ? [...draft.disputedBy] : null],
  ];
  for (const [key, value] of wanted) {
    const current = record.has(key) ? record.get(key) : null;
    if (JSON.stringify(current) === JSON.stringify(value)) continue;
    record.set(key, value);
    if (key === F.tier) record.set(F.order, nextOrder(draft.tier));
  }
}

