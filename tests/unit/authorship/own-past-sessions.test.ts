import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorshipMap, carriedStatementKey, prunedOf, SKELETON_ROOTS } from '../../../shared/authorship/authorship-root';
import { ClientTrees } from '../../../shared/authorship/client-tree';
import { signStatement } from '../../../shared/authorship/statement';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { PROOF_ORIGIN } from '../../../shared/workspace/origins';
import { attack } from '../sync/gate-cases';
import { appLaptop, type AppLaptop, type Imported } from './app-laptop';
import { DANA, MALLORY, RELAY, SAM, seededDoc } from './laptop';

/**
 * A laptop's files stay verifiable whatever happened to its content between sessions and merges:
 * content written under its earlier sessions' client ids (a reload gives a new one), deleted since
 * by a later session, and values lost in a concurrent overwrite (Yjs deletes the losing value on
 * each laptop as the two meet, inside a merge, not in anybody's edit). Files are written and merged
 * as the app does, under the refusing policy, on the app's laptops (app-laptop.ts).
 */
const open: AppLaptop[] = [];
afterEach(async () => {
  for (const made of open.splice(0)) await made.close();
});

async function laptop(identity: typeof DANA): Promise<AppLaptop> {
  const made = await appLaptop(identity);
  open.push(made);
  return made;
}

async function reload(laptop: AppLaptop): Promise<AppLaptop> {
  open.splice(open.indexOf(laptop), 1);
  const again = await laptop.reload();
  open.push(again);
  return again;
}

async function carry(from: AppLaptop, to: AppLaptop, name: string): Promise<Imported> {
  return to.importFile(await from.exportFile(), name);
}

const MERGED = { outcome: { ok: true, nothingNew: false }, unverified: [] };

describe('a laptop’s sync files, under the refusing policy', () => {
  it('verify its earlier sessions after a reload, the later session deleting their content', async () => {
    let sam = await laptop(SAM);
    const dana = await laptop(DANA);
    const first = sam.doc.clientID;
    const id = sam.edit((doc) => addAction(doc, { title: 'Joint quantum testbed, phase one' }));
    sam.edit((doc) => editActionTitle(doc, id, 'Joint quantum testbed'));
    sam.edit((doc) => setActionStatus(doc, id, 'agreed'));
    // Dana learns Sam's key the way the app does: from his first file, merged.
    expect(await carry(sam, dana, 'first.tandem')).toMatchObject({ outcome: { ok: true } });

    sam = await reload(sam);
    expect(sam.doc.clientID).not.toBe(first);
    sam.edit((doc) => addAction(doc, { title: 'Shared PQC migration plan' }));
    // The second session deletes and overwrites the first session's content.
    sam.edit((doc) => editActionTitle(doc, id, 'Quantum testbed'));
    sam.edit((doc) => setActionStatus(doc, id, 'blocked'));
    expect(await carry(sam, dana, 'second.tandem')).toEqual(MERGED);
    // And once more, a third session over both.
    sam = await reload(sam);
    sam.edit((doc) => editActionTitle(doc, id, 'Testbed'));
    expect(await carry(sam, dana, 'third.tandem')).toEqual(MERGED);
  });

  it('verify what an earlier session wrote just before the page went, before its signer ran', async () => {
    let sam = await laptop(SAM);
    const dana = await laptop(DANA);
    const id = sam.edit((doc) => addAction(doc, { title: 'Joint quantum testbed' }));
    expect(await carry(sam, dana, 'first.tandem')).toMatchObject({ outcome: { ok: true } });
    // Typed, then reloaded at once: stored, never signed by that session.
    sam.edit((doc) => editActionTitle(doc, id, 'Joint quantum testbed, phase one'));
    sam = await reload(sam);
    expect(await carry(sam, dana, 'second.tandem')).toEqual(MERGED);
    // Twice over, the second session's last words deleting the first's.
    sam.edit((doc) => editActionTitle(doc, id, 'Joint quantum testbed, phase two'));
    sam = await reload(sam);
    expect(await carry(sam, dana, 'third.tandem')).toEqual(MERGED);
  });

  it('verify values a concurrent overwrite lost, deleted by a merge, not an edit', async () => {
    const dana = await laptop(DANA);
    const sam = await laptop(SAM);
    const id = dana.edit((doc) => addAction(doc, { title: 'Joint quantum testbed' }));
    expect(await carry(dana, sam, 'dana-1.tandem')).toMatchObject({ outcome: { ok: true } });
    sam.edit((doc) => addAction(doc, { title: 'Shared PQC migration plan' }));
    expect(await carry(sam, dana, 'sam-1.tandem')).toMatchObject({ outcome: { ok: true } });
    // Offline, each sets the same field; the merges pick one value, the same on both laptops.
    dana.edit((doc) => setActionStatus(doc, id, 'agreed'));
    sam.edit((doc) => setActionStatus(doc, id, 'blocked'));
    expect(await carry(dana, sam, 'dana-2.tandem')).toEqual(MERGED);
    expect(await carry(sam, dana, 'sam-2.tandem')).toEqual(MERGED);
    // A third laptop that knows both keys takes Sam's file, which relays Dana's lost value too.
    const noa = await laptop(RELAY);
    await noa.authorship.known.learn(dana.authorship.key.publicKey, DANA, 'lan');
    await noa.authorship.known.learn(sam.authorship.key.publicKey, SAM, 'lan');
    expect(await carry(sam, noa, 'sam-3.tandem')).toEqual(MERGED);
  });

  it('are not refused for a relayed laptop that wrote nothing but proofs', async () => {
    const dana = await laptop(DANA);
    const sam = await laptop(SAM);
    const noa = await laptop(RELAY);
    const id = dana.edit((doc) => addAction(doc, { title: 'Joint quantum testbed' }));
    expect(await carry(dana, sam, 'dana-1.tandem')).toMatchObject({ outcome: { ok: true } });
    expect(await carry(sam, dana, 'sam-1.tandem')).toMatchObject({ outcome: { ok: true } });
    dana.edit((doc) => setActionStatus(doc, id, 'agreed'));
    sam.edit((doc) => setActionStatus(doc, id, 'blocked'));
    // The two writes meet first on Noa's laptop, which only reviews: it prunes what the merge lost.
    expect(await carry(dana, noa, 'dana-2.tandem')).toMatchObject({ outcome: { ok: true } });
    await noa.authorship.known.learn(sam.authorship.key.publicKey, SAM, 'lan');
    expect(await carry(sam, noa, 'sam-2.tandem')).toEqual(MERGED);
    const before = noa.doc.clientID;
    expect(await carry(noa, sam, 'noa.tandem')).toMatchObject({ outcome: { ok: true } });
    // Dana never met Noa; Sam's file relays Noa's proofs, and nothing Noa wrote is content.
    expect(sam.doc.store.clients.has(before)).toBe(true);
    expect(await carry(sam, dana, 'sam-3.tandem')).toEqual(MERGED);
  });
});

describe('statements carried for a client', () => {
  it('by another key are refused, and cannot displace the laptop’s own', async () => {
    let sam = await laptop(SAM);
    const dana = await laptop(DANA);
    const mallory = await laptop(MALLORY);
    const first = sam.doc.clientID;
    const id = sam.edit((doc) => addAction(doc, { title: 'Joint quantum testbed' }));
    expect(await carry(sam, dana, 'first.tandem')).toMatchObject({ outcome: { ok: true } });
    expect(await carry(mallory, dana, 'mallory.tandem')).toMatchObject({ outcome: { ok: true } });
    // Sam types and the page goes before his signer runs; Mallory gets the unsigned tail on the way.
    sam.edit((doc) => editActionTitle(doc, id, 'Joint quantum testbed, phase one'));
    Y.applyUpdate(mallory.doc, Y.encodeStateAsUpdate(sam.doc, Y.encodeStateVector(mallory.doc)), new RemoteOrigin('peer', 'Sam'));
    // Mallory carries a statement for Sam's client, signed with Mallory's key and naming Sam.
    const clock = Y.getState(mallory.doc.store, first);
    const trees = new ClientTrees(SKELETON_ROOTS, new Set(), new Set([first]));
    trees.add(mallory.doc, first, 0, clock);
    const root = trees.root(first, clock, prunedOf(mallory.doc))!;
    const forged = await signStatement(mallory.authorship.key, first, clock, root.root, SAM);
    mallory.doc.transact(() => authorshipMap(mallory.doc).set(carriedStatementKey(first, mallory.doc.clientID), forged), PROOF_ORIGIN);
    const refused = await carry(mallory, dana, 'mallory-2.tandem');
    expect(refused.outcome).toMatchObject({ ok: false });
    if (refused.outcome.ok) return;
    expect(refused.outcome.reason).toMatch(/^The file “mallory-2\.tandem” is refused: .*claims to be Sam Ortiz \(the latest changes are not signed yet\)/);
    // Sam's next session carries his own, in its own slot: verified, Mallory's entry beside it.
    sam = await reload(sam);
    expect(await carry(sam, dana, 'second.tandem')).toEqual(MERGED);
    expect(await carry(mallory, dana, 'mallory-3.tandem')).toMatchObject({ outcome: { ok: true } });
  });

  it('are refused by the gate in another client’s slot, or stating another client', async () => {
    const sam = await laptop(SAM);
    sam.edit((doc) => addAction(doc, { title: 'Joint quantum testbed' }));
    await sam.authorship.signer.flush();
    const statement = authorshipMap(sam.doc).get(`s:${sam.doc.clientID}`);
    const base = seededDoc();
    Y.applyUpdate(base, Y.encodeStateAsUpdate(sam.doc));
    const gate = new ShadowGate(base);
    const elsewhere = attack(base, 5_550_011, (doc) => authorshipMap(doc).set(carriedStatementKey(sam.doc.clientID, 5_550_012), statement));
    expect(gate.apply(elsewhere.update, new RemoteOrigin('peer', 'Mallory'))).toMatchObject({ ok: false, rule: 'foreign-author', reason: expect.stringMatching(/only the carrier writes its slot/) });
    const mislabelled = attack(base, 5_550_013, (doc) => authorshipMap(doc).set(carriedStatementKey(42, 5_550_013), statement));
    expect(gate.apply(mislabelled.update, new RemoteOrigin('peer', 'Mallory'))).toMatchObject({ ok: false, rule: 'invalid-entry', reason: expect.stringMatching(/is malformed/) });
    const honest = attack(base, 5_550_014, (doc) => authorshipMap(doc).set(carriedStatementKey(sam.doc.clientID, 5_550_014), statement));
    expect(gate.apply(honest.update, new RemoteOrigin('peer', 'Mallory'))).toEqual({ ok: true });
    for (const made of [elsewhere, mislabelled, honest]) made.doc.destroy();
    gate.destroy();
    base.destroy();
  });
});
