import { afterEach, describe, expect, it } from 'vitest';
import { prepareImport } from '../../../shared/bundle/import-bundle';
import { readEnvelope } from '../../../shared/bundle/read-bundle';
import { bundleContentOf, writeBundle } from '../../../shared/bundle/write-bundle';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { addAction } from '../../../shared/workspace/actions';
import { WORKSPACE_ID } from '../../../shared/workspace/workspace-id';
import { DANA, knownKeys, RELAY, SAM, signingLaptop, sync, type SigningLaptop } from './laptop';

/**
 * The import preview's authors (shared/authorship/verify-update.ts through prepareImport): each
 * writer of what a file brings, verified against the receiving laptop's keys, whoever made the file.
 * A relayed file keeps its original author verified; its relaying sender is judged on its own.
 */
const NOW = new Date('2026-07-01T09:30:00.000Z');
const open: SigningLaptop[] = [];
afterEach(() => {
  for (const made of open.splice(0)) made.close();
});

async function laptop(identity: typeof DANA) {
  const made = await signingLaptop(identity);
  open.push(made);
  return made;
}

async function fileFrom(from: SigningLaptop) {
  await from.signer.flush();
  const content = bundleContentOf(from.doc, { ...from.identity, clientId: from.doc.clientID }, null, NOW);
  return writeBundle(content, { signer: from.key });
}

async function previewOn(to: SigningLaptop, file: Uint8Array) {
  const gate = new ShadowGate(to.doc);
  const target = { doc: to.doc, knownKeys: knownKeys(to.known), merge: (update: Uint8Array, origin: unknown) => gate.apply(update, origin) };
  const prepared = await prepareImport(await readEnvelope(file), target, { workspace: WORKSPACE_ID, fileName: 'x.tandem' });
  gate.destroy();
  return prepared;
}

describe('the authors of an imported file', () => {
  it('are verified when their key is known, and the file’s sender with them', async () => {
    const dana = await laptop(DANA);
    const sam = await laptop(SAM);
    addAction(dana.doc, { title: 'Joint AI testbed charter' }, NOW);
    const file = await fileFrom(dana);
    expect(await previewOn(sam, file)).toMatchObject({ ok: true, sender: { kind: 'unknown-key' }, writers: [{ client: dana.doc.clientID, verdict: { verified: false, reason: 'unknown-key' } }] });
    sam.learn(dana);
    expect(await previewOn(sam, file)).toMatchObject({ ok: true, sender: { kind: 'verified' }, writers: [{ client: dana.doc.clientID, verdict: { verified: true, person: DANA } }] });
  });

  it('stay verified in a file a third laptop made from what it relays', async () => {
    const dana = await laptop(DANA);
    const relay = await laptop(RELAY);
    const sam = await laptop(SAM);
    sam.learn(dana);
    addAction(dana.doc, { title: 'Joint AI testbed charter' }, NOW);
    await dana.signer.flush();
    sync(dana.doc, relay.doc);
    addAction(relay.doc, { title: 'The relay’s own' }, NOW);
    const prepared = await previewOn(sam, await fileFrom(relay));
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.sender).toMatchObject({ kind: 'unknown-key' });
    const byClient = new Map(prepared.writers.map(({ client, verdict }) => [client, verdict]));
    expect(byClient.get(dana.doc.clientID)).toMatchObject({ verified: true, person: DANA });
    expect(byClient.get(relay.doc.clientID)).toMatchObject({ verified: false, reason: 'unknown-key', claimed: RELAY });
  });
});
