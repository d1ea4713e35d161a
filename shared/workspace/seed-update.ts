/**
 * The canonical seed update: the compact's editable starting content (the owner directory, the
 * draft 90-day plan, and an empty owner record per initiative) as Yjs updates built the same way
 * on every laptop.
 *
 * Why: two laptops that each create a workspace must not conflict. If each wrote the seed on
 * first open, every record would exist twice under two random client ids, and each seeded field
 * would be a concurrent write. Built with fixed client ids, fixed timestamps and a fixed
 * insertion order, the update is byte-identical everywhere, so Yjs sees the same items on every
 * copy and merging two workspaces leaves one of each.
 *
 * Invariant: a client id names one content for ever. Yjs treats two structs with the same client
 * id and clock as the same item, so different content under a reused id would corrupt every copy.
 * The seed is therefore a list of versions, each under its own client id and fingerprint
 * (RELEASED_SEEDS): version 1's exact released bytes (released/seed-v1-update.ts), then each later
 * version as an explicit migration written on top of the ones before it (seed-migration.ts), which
 * adds new records and re-sets only changed fields, losing by construction to any delegation edit
 * of the same field. Changing seed content means a new version appended here.
 */
import * as Y from 'yjs';
import type { CompactData } from '../compact/types';
import { fromBase64 } from '../bundle/base64';
import { SEED_V1_BASE64 } from './released/seed-v1-update';
import { buildMigration } from './seed-migration';

/** The compact's date: every seeded record was "created" then, on every laptop. */
const SEED_CREATED_AT = '2026-06-01T00:00:00.000Z';

/** Version 1: the frozen bytes. 0x5eed0001; never reuse for other content. */
export const SEED_V1 = { version: 1, clientId: 0x5eed0001 } as const;

/**
 * The current seed version, whose client id wrote its newest part. Version 2 is a migration and
 * writes under client id 2: migrations need the lowest ids there are (see seed-migration.ts), and
 * live documents never draw one (LOWEST_LIVE_CLIENT_ID). The next migration takes 3.
 */
export const SEED = { version: 2, clientId: 2, createdAt: SEED_CREATED_AT } as const;

/** Every seed version's client id, oldest first. */
export const SEED_CLIENT_IDS: readonly number[] = [SEED_V1.clientId, SEED.clientId];

/**
 * Every seed version that has left a developer's machine: client id → SHA-256 of the update that
 * client id writes (a migration's own update, not the merged seed).
 * APPEND ONLY. An entry is never edited or removed: a client id once listed names that content
 * for ever, in every workspace that holds it. The seed test and the app's start-up both require
 * every part's content to match its entry here.
 */
export const RELEASED_SEEDS: ReadonlyMap<number, string> = new Map([
  [0x5eed0001, '8fb299b4ff170f2593e63e4a5f1c7e832bc8f93f32c315f86856f187cad3b420'],
  [2, 'dcb6b0d7a38f3dc6fadf76539c6dcc5314887dc2086e429acc22a7e29451f64e'],
]);

/**
 * Transaction origin of applying the seed. Seed updates are never stored: the writer skips this
 * origin, and the seed is re-applied on every open instead.
 */
import { SEED_ORIGIN } from './origins';

export { SEED_ORIGIN };

export interface SeedPart {
  readonly version: number;
  readonly clientId: number;
  readonly update: Uint8Array;
}

/** Version 1's released bytes: what a workspace created before version 2 holds. */
export function seedVersion1(): Uint8Array {
  const bytes = fromBase64(SEED_V1_BASE64);
  if (!bytes) throw new Error('the released seed version 1 is not valid base64');
  return bytes;
}

/** Each version's own update, oldest first; each checked against RELEASED_SEEDS by its users. */
export function buildSeedParts(compact: CompactData): readonly SeedPart[] {
  const v1 = seedVersion1();
  const v2 = buildMigration(v1, compact, { clientId: SEED.clientId, createdAt: SEED.createdAt });
  return [
    { version: SEED_V1.version, clientId: SEED_V1.clientId, update: v1 },
    { version: SEED.version, clientId: SEED.clientId, update: v2 },
  ];
}

/** Every version in one update: what a workspace is seeded with (and re-seeded on each open). */
export function mergeSeedParts(parts: readonly SeedPart[]): Uint8Array {
  return Y.mergeUpdates(parts.map((part) => part.update));
}

export function buildSeedUpdate(compact: CompactData): Uint8Array {
  return mergeSeedParts(buildSeedParts(compact));
}

/** Applies the seed to a workspace; a no-op where it is already present. */
export function applySeed(doc: Y.Doc, seedUpdate: Uint8Array): void {
  Y.applyUpdate(doc, seedUpdate, SEED_ORIGIN);
}

/** True when a record's creation stamp was written by a seed version (a draft from the compact). */
export function isSeedStamp(writer: number | null): boolean {
  return writer !== null && SEED_CLIENT_IDS.includes(writer);
}
