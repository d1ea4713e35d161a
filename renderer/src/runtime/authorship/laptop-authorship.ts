import type * as Y from 'yjs';
import { SKELETON_ROOTS } from '../../../../shared/authorship/authorship-root';
import { ClientTrees } from '../../../../shared/authorship/client-tree';
import { fingerprintOf, generateKeyPair, safetyCodeOf, signingKeyOf, type KeyPairHandle, type SigningKey } from '../../../../shared/authorship/keys';
import { AuthorshipSigner } from '../../../../shared/authorship/signer';
import { checkHelloKey } from '../../../../shared/authorship/hello-key';
import type { PeerHello } from '../../../../shared/sync/peer-session';
import type { KeySource, KnownKey, KnownKeys } from '../../../../shared/authorship/verify';
import { parseIdentity, sameIdentity, type Identity } from '../../../../shared/identity/identity';
import type { SettingsStore } from '../../../../shared/local-store/local-store';
import { FIXED_CLIENT_IDS } from '../../../../shared/sync/semantic-gate';

/**
 * This laptop's part in verified authorship (shared/authorship/, AUTHORSHIP.md), for one open
 * workspace: its signing key, the keys it has learned, the digest cache of the document and the
 * signer that states what this session writes.
 *
 * The key pair is kept in the local settings table (IndexedDB) as the CryptoKey objects
 * themselves: structured clone stores a non-extractable key without ever exposing its bytes, so
 * the private key cannot be read out, copied to another laptop or exported, not even by the app.
 * One key per laptop (per browser profile), made on first use under a Web Lock so that two windows
 * opening at once do not make two.
 */
const KEY_SETTING = 'signing-key';
const KNOWN_SETTING = 'known-keys';

export interface LaptopAuthorship {
  readonly key: SigningKey;
  readonly trees: ClientTrees;
  readonly signer: AuthorshipSigner;
  readonly known: LearnedKeys;
  /** This laptop's safety code, for people to compare aloud. */
  readonly safetyCode: string;
  /** Learns the key a peer's LAN hello carries, once its proof is checked; whether it was. */
  learnFromHello(hello: PeerHello): Promise<boolean>;
  close(): void;
}

export interface LearnedKeys extends KnownKeys {
  /** Remembers `publicKey` as `person`'s, learned `via` a LAN hello or a signed file. */
  learn(publicKey: Uint8Array, person: Identity, via: KeySource): Promise<void>;
}

/** `pastClients`: this laptop's earlier client ids (own-writers.ts), whose unsigned content the signer signs. */
export async function openLaptopAuthorship(
  doc: Y.Doc,
  settings: SettingsStore,
  identity: () => Identity,
  onError: (error: unknown) => void,
  pastClients?: () => Iterable<number>,
): Promise<LaptopAuthorship> {
  const key = await laptopKey(settings);
  const known = await learnedKeys(settings);
  await known.learn(key.publicKey, identity(), 'self');
  // Only this session's own client is followed: it is what the signer states, and it starts empty,
  // so opening a workspace hashes nothing. Deleted content of others is hashed as it is deleted
  // (ClientTrees.nodeOf); other laptops' content is verified on a scratch copy (verify-update.ts).
  const trees = new ClientTrees(SKELETON_ROOTS, FIXED_CLIENT_IDS, { has: (client) => client === doc.clientID });
  const stopTrees = trees.observe(doc);
  // After the cache: its digests of a transaction's new units are there when the signer prunes.
  const signer = new AuthorshipSigner(doc, trees, key, identity, { onError, pastClients });
  return {
    key, trees, signer, known,
    safetyCode: safetyCodeOf(key.publicKey),
    async learnFromHello(hello) {
      if (!hello.key || !(await checkHelloKey(hello.clientId, hello.identity, hello.key))) return false;
      await known.learn(hello.key.publicKey, hello.identity, 'lan');
      return true;
    },
    close() {
      signer.dispose();
      stopTrees();
    },
  };
}

async function laptopKey(settings: SettingsStore): Promise<SigningKey> {
  const stored = await usableKey(await settings.get(KEY_SETTING));
  if (stored) return stored;
  return withLock('tandem:signing-key', async () => {
    const again = await usableKey(await settings.get(KEY_SETTING));
    if (again) return again;
    const pair = await generateKeyPair();
    await settings.put(KEY_SETTING, pair);
    return signingKeyOf(pair);
  });
}

async function usableKey(value: unknown): Promise<SigningKey | null> {
  if (typeof value !== 'object' || value === null || !('privateKey' in value) || !('publicKey' in value)) return null;
  try {
    return await signingKeyOf(value as KeyPairHandle);
  } catch {
    return null;
  }
}

function withLock<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: { request(name: string, run: () => Promise<T>): Promise<T> } } }).navigator?.locks;
  return locks ? locks.request(name, run) : run();
}

interface StoredKnownKey {
  readonly person: Identity;
  readonly via: KeySource;
}

const SOURCES: readonly KeySource[] = ['self', 'lan', 'file'];

async function learnedKeys(settings: SettingsStore): Promise<LearnedKeys> {
  const keys = new Map<string, KnownKey>();
  const stored = await settings.get(KNOWN_SETTING);
  if (typeof stored === 'object' && stored !== null) {
    for (const [fingerprint, entry] of Object.entries(stored as Record<string, Partial<StoredKnownKey>>)) {
      const person = parseIdentity(entry?.person);
      if (/^[0-9a-f]{64}$/.test(fingerprint) && person.ok && SOURCES.includes(entry.via as KeySource)) keys.set(fingerprint, { person: person.identity, via: entry.via as KeySource });
    }
  }
  return {
    get: (fingerprint) => keys.get(fingerprint),
    async learn(publicKey, person, via) {
      const fingerprint = fingerprintOf(publicKey);
      const had = keys.get(fingerprint);
      // A key learned once keeps its first person; the laptop's own follows the identity set here.
      if (had && (via !== 'self' || (had.via === 'self' && sameIdentity(had.person, person)))) return;
      keys.set(fingerprint, { person, via });
      await settings.put(KNOWN_SETTING, Object.fromEntries([...keys].map(([print, known]) => [print, { person: { ...known.person }, via: known.via }])));
    },
  };
}
