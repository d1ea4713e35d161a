import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorshipMap, prunedKey, statementKey } from '../../../shared/authorship/authorship-root';
import { safetyCodeOf } from '../../../shared/authorship/keys';
import { ClientTrees } from '../../../shared/authorship/client-tree';
import { AuthorshipSigner } from '../../../shared/authorship/signer';
import { SKELETON_ROOTS } from '../../../shared/authorship/authorship-root';
import { signStatement } from '../../../shared/authorship/statement';
import { describeVerdict } from '../../../shared/authorship/verify';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { PROOF_ORIGIN } from '../../../shared/workspace/origins';
import { RESERVED_CLIENT_IDS } from '../../../shared/workspace/schema';
import { attack } from '../sync/gate-cases';
import { DANA, MALLORY, RELAY, SAM, seededDoc, signingLaptop, sync, treesOf, type SigningLaptop } from './laptop';

/**
 * Verified authorship (shared/authorship/, AUTHORSHIP.md): a writer's content stays verified
 * wherever it travels (straight, relayed by a third laptop, compacted, after deletions), and
 * anything else — altered content, a forged statement, an unknown key — is unverified and says why.
 */
const NOW = new Date('2026-07-01T09:30:00.000Z');
const open: SigningLaptop[] = [];

async function laptop(identity = DANA) {
  const made = await signingLaptop(identity);
  open.push(made);
  return made;
}

afterEach(() => {
  for (const made of open.splice(0)) made.close();
});

async function danaWrites(dana: SigningLaptop) {
  const id = addAction(dana.doc, { title: 'Joint AI testbed charter' }, NOW);
  editActionTitle(dana.doc, id, 'Joint AI testbed charter, first draft', NOW);
  setActionStatus(dana.doc, id, 'in-progress', NOW);
  await dana.signer.flush();
  return id;
}

describe('a writer’s content is verified', () => {
  it('by a laptop that learned the key, not by one that did not', async () => {
    const dana = await laptop(DANA);
    const sam = await laptop(SAM);
    await danaWrites(dana);
    sync(dana.doc, sam.doc);
    expect(await sam.verdictOf(dana.doc.clientID)).toMatchObject({ verified: false, reason: 'unknown-key', claimed: DANA });
    sam.learn(dana);
    const verdict = await sam.verdictOf(dana.doc.clientID);
    expect(verdict).toMatchObject({ verified: true, person: DANA, via: 'lan' });
    expect(describeVerdict(verdict)).toBe('Dana Levi (verified)');
    // Its own content, and the seed's, are verified on the writer's laptop.
    expect(await dana.verdictOf(dana.doc.clientID)).toMatchObject({ verified: true, via: 'self' });
    expect(await dana.verdictOf([...RESERVED_CLIENT_IDS][0]!)).toMatchObject({ verified: true, via: 'seed' });
  });

  it('when a third laptop relays it', async () => {
    const dana = await laptop(DANA);
    const relay = await laptop(RELAY);
    const sam = await laptop(SAM);
    sam.learn(dana);
    await danaWrites(dana);
    sync(dana.doc, relay.doc);
    addAction(relay.doc, { title: 'The relay’s own' }, NOW);
    await relay.signer.flush();
    sync(relay.doc, sam.doc);
    expect(Y.getState(sam.doc.store, dana.doc.clientID)).toBeGreaterThan(0);
    expect(await sam.verdictOf(dana.doc.clientID)).toMatchObject({ verified: true, person: DANA });
  });

  it('after compaction: the merged log, re-encoded, into a new document', async () => {
    const updates: Uint8Array[] = [];
    const log = seededDoc();
    // The log holds what the laptop wrote (the seed is never stored: every laptop applies it first).
    log.on('update', (update: Uint8Array) => updates.push(update));
    const dana = await signingLaptop(DANA, log);
    open.push(dana);
    const id = await danaWrites(dana);
    editActionTitle(dana.doc, id, 'Joint charter', NOW);
    await dana.signer.flush();
    // The log compacted into one snapshot, then loaded by another laptop.
    const snapshot = Y.encodeStateAsUpdate(mergedDoc(updates));
    const compacted = seededDoc();
    Y.applyUpdate(compacted, snapshot, new RemoteOrigin('file', 'snapshot'));
    const sam = await signingLaptop(SAM, compacted);
    open.push(sam);
    sam.learn(dana);
    expect(await sam.verdictOf(dana.doc.clientID)).toMatchObject({ verified: true });
    // And a laptop whose cache saw the content arrive, then compacted its own copy and reopened it.
    const reopened = seededDoc();
    Y.applyUpdate(reopened, Y.encodeStateAsUpdate(compacted));
    expect(treesOf(reopened).fromContent(dana.doc.clientID, 0, 0)).not.toBeNull();
  });

  it('after deletions, whether the content arrives before or after it was deleted', async () => {
    const dana = await laptop(DANA);
    const early = await laptop(SAM);
    const late = await laptop(RELAY);
    early.learn(dana);
    late.learn(dana);
    const id = await danaWrites(dana);
    sync(dana.doc, early.doc);
    // Text deleted and a field overwritten: the old content is garbage-collected at once.
    editActionTitle(dana.doc, id, 'Joint charter', NOW);
    setActionStatus(dana.doc, id, 'done', NOW);
    await dana.signer.flush();
    const pruned = [...authorshipMap(dana.doc).keys()].filter((key) => key.startsWith(`p:${dana.doc.clientID}:`));
    expect(pruned.length).toBeGreaterThan(0);
    sync(dana.doc, early.doc);
    sync(dana.doc, late.doc);
    expect(await early.verdictOf(dana.doc.clientID)).toMatchObject({ verified: true });
    expect(await late.verdictOf(dana.doc.clientID)).toMatchObject({ verified: true });
  });

  it('when someone else deletes the writer’s content, hashing it as it goes (their cache follows only themselves)', async () => {
    const dana = await laptop(DANA);
    const late = await laptop(RELAY);
    late.learn(dana);
    const id = await danaWrites(dana);
    // Sam's laptop as the app runs it: its cache follows its own client only.
    const samDoc = seededDoc();
    const samTrees = new ClientTrees(SKELETON_ROOTS, new Set(), { has: (client) => client === samDoc.clientID });
    samTrees.observe(samDoc);
    const samSigner = new AuthorshipSigner(samDoc, samTrees, dana.key, () => SAM, { delayMs: 3_600_000 });
    sync(dana.doc, samDoc);
    editActionTitle(samDoc, id, 'Joint', NOW);
    expect([...authorshipMap(samDoc).keys()].some((key) => key.startsWith(`p:${dana.doc.clientID}:`))).toBe(true);
    sync(samDoc, late.doc);
    expect(await late.verdictOf(dana.doc.clientID)).toMatchObject({ verified: true });
    samSigner.dispose();
    samDoc.destroy();
  });

  it('only up to the signed clock: later edits are unverified until the next statement', async () => {
    const dana = await laptop(DANA);
    const sam = await laptop(SAM);
    sam.learn(dana);
    const id = await danaWrites(dana);
    editActionTitle(dana.doc, id, 'Unsigned yet', NOW);
    sync(dana.doc, sam.doc);
    expect(await sam.verdictOf(dana.doc.clientID)).toMatchObject({ verified: false, reason: 'beyond-signed' });
    await dana.signer.flush();
    sync(dana.doc, sam.doc);
    expect(await sam.verdictOf(dana.doc.clientID)).toMatchObject({ verified: true });
  });
});

describe('anything else is unverified, and says why', () => {
  it('content altered under the writer’s ids, carrying the writer’s statement', async () => {
    const dana = await laptop(DANA);
    const sam = await laptop(SAM);
    sam.learn(dana);
    await danaWrites(dana);
    // What Dana wrote, altered on the way to Sam: the same ids and lengths, one character changed; her statement rides along.
    const altered = alterOneCharacter(Y.encodeStateAsUpdate(dana.doc, Y.encodeStateVector(sam.doc)));
    Y.applyUpdate(sam.doc, altered, new RemoteOrigin('file', 'altered.tandem'));
    const verdict = await sam.verdictOf(dana.doc.clientID);
    expect(verdict).toMatchObject({ verified: false, reason: 'altered', claimed: DANA });
    expect(describeVerdict(verdict)).toBe('unverified: claims to be Dana Levi (the content does not match its signature)');
  });

  it('a statement re-signed by another key claiming the same person', async () => {
    const dana = await laptop(DANA);
    const mallory = await laptop(MALLORY);
    const sam = await laptop(SAM);
    sam.learn(dana);
    // Mallory writes as "Dana Levi" under its own client and signs with its own key.
    mallory.doc.transact(() => mallory.doc.getMap('authors').set(String(mallory.doc.clientID), { ...DANA }));
    addAction(mallory.doc, { title: 'Signed by the wrong key' }, NOW);
    const root = mallory.trees.root(mallory.doc.clientID, Y.getState(mallory.doc.store, mallory.doc.clientID), { get: () => undefined })!;
    const forged = await signStatement(mallory.key, mallory.doc.clientID, Y.getState(mallory.doc.store, mallory.doc.clientID), root.root, DANA);
    mallory.doc.transact(() => authorshipMap(mallory.doc).set(statementKey(mallory.doc.clientID), forged), PROOF_ORIGIN);
    mallory.signer.dispose();
    sync(mallory.doc, sam.doc);
    expect(await sam.verdictOf(mallory.doc.clientID)).toMatchObject({ verified: false, reason: 'unknown-key', claimed: DANA });
    // Once Sam knows Mallory's key as Mallory's, the claim is someone else's.
    sam.learn(mallory);
    expect(await sam.verdictOf(mallory.doc.clientID)).toMatchObject({ verified: false, reason: 'other-key' });
  });

  it('a statement whose bytes were changed, or that is missing', async () => {
    const dana = await laptop(DANA);
    const sam = await laptop(SAM);
    sam.learn(dana);
    addAction(dana.doc, { title: 'Not signed' }, NOW);
    sync(dana.doc, sam.doc);
    expect(await sam.verdictOf(dana.doc.clientID)).toMatchObject({ verified: false, reason: 'unsigned' });
    await dana.signer.flush();
    const statement = (authorshipMap(dana.doc).get(statementKey(dana.doc.clientID)) as Uint8Array).slice();
    statement[statement.length - 1] = statement[statement.length - 1]! ^ 1;
    dana.signer.dispose();
    dana.doc.transact(() => authorshipMap(dana.doc).set(statementKey(dana.doc.clientID), statement), PROOF_ORIGIN);
    sync(dana.doc, sam.doc);
    expect(await sam.verdictOf(dana.doc.clientID)).toMatchObject({ verified: false, reason: 'altered' });
  });
});

describe('the gate and the authorship root', () => {
  it('refuses a statement written for another client, and a malformed digest, and passes honest proofs', async () => {
    const dana = await laptop(DANA);
    const sam = seededDoc();
    const gate = new ShadowGate(sam);
    await danaWrites(dana);
    expect(gate.apply(Y.encodeStateAsUpdate(dana.doc, Y.encodeStateVector(sam)), new RemoteOrigin('peer', 'Dana'))).toEqual({ ok: true });
    const statement = authorshipMap(dana.doc).get(statementKey(dana.doc.clientID));
    const stolen = attack(sam, 5_550_001, (doc) => authorshipMap(doc).set(statementKey(dana.doc.clientID), statement));
    expect(gate.apply(stolen.update, new RemoteOrigin('peer', 'Mallory'))).toMatchObject({ ok: false, rule: 'foreign-author' });
    const short = attack(sam, 5_550_002, (doc) => authorshipMap(doc).set(prunedKey(1, 0, 0), new Uint8Array(4)));
    expect(gate.apply(short.update, new RemoteOrigin('peer', 'Mallory'))).toMatchObject({ ok: false, rule: 'invalid-entry', reason: expect.stringMatching(/not 32 bytes/) });
    const junk = attack(sam, 5_550_003, (doc) => authorshipMap(doc).set('x', 1));
    expect(gate.apply(junk.update, new RemoteOrigin('peer', 'Mallory'))).toMatchObject({ ok: false, rule: 'invalid-entry' });
    // A statement erased (a Yjs delete) would leave its writer unverified everywhere: refused.
    const erased = attack(sam, 5_550_004, (doc) => authorshipMap(doc).delete(statementKey(dana.doc.clientID)));
    expect(gate.apply(erased.update, new RemoteOrigin('peer', 'Mallory'))).toMatchObject({ ok: false, rule: 'hard-delete' });
    for (const made of [stolen, short, junk, erased]) made.doc.destroy();
    gate.destroy();
    sam.destroy();
  });

  it('gives a 12-digit safety code', async () => {
    const dana = await laptop(DANA);
    expect(safetyCodeOf(dana.key.publicKey)).toMatch(/^\d{4} \d{4} \d{4}$/);
  });
});

function mergedDoc(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return doc;
}

/** The same update with the first character of its longest text struct changed (same length, same ids). */
function alterOneCharacter(update: Uint8Array): Uint8Array {
  const bytes = update.slice();
  const marker = new TextEncoder().encode('Joint');
  for (let i = 0; i + marker.length <= bytes.length; i++) {
    if (marker.every((byte, j) => bytes[i + j] === byte)) {
      bytes[i] = 'Q'.charCodeAt(0);
      return bytes;
    }
  }
  throw new Error('No text to alter in the update.');
}
