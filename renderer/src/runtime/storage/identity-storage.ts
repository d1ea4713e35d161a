import { parseIdentity, type Identity } from '../../../../shared/identity/identity';
import type { TandemDb } from './tandem-db';

/** This laptop's identity lives in local settings only; what peers see is the document's authors map. */
const IDENTITY_KEY = 'identity';

export async function loadIdentity(db: TandemDb): Promise<Identity | null> {
  const row = await db.settings.get(IDENTITY_KEY);
  const parsed = parseIdentity(row?.value);
  return parsed.ok ? parsed.identity : null;
}

export async function saveIdentity(db: TandemDb, identity: Identity): Promise<void> {
  await db.settings.put({ key: IDENTITY_KEY, value: { ...identity } });
}
