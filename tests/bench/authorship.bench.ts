import * as Y from 'yjs';
import { SKELETON_ROOTS } from '../../shared/authorship/authorship-root';
import { ClientTrees } from '../../shared/authorship/client-tree';
import { fingerprintOf, generateKeyPair, signingKeyOf } from '../../shared/authorship/keys';
import { AuthorshipSigner } from '../../shared/authorship/signer';
import { verifyClient, type KnownKey } from '../../shared/authorship/verify';
import { bundleContentOf, writeBundle } from '../../shared/bundle/write-bundle';
import { FIXED_CLIENT_IDS } from '../../shared/sync/semantic-gate';
import type { Identity } from '../../shared/identity/identity';
import { addAction, setActionStatus } from '../../shared/workspace/actions';
import { actionsMap, createWorkspaceDoc, LOCAL_ORIGIN } from '../../shared/workspace/schema';
import { recordAuthor } from '../../shared/workspace/authors';
import { check, measure, report } from './harness';

/**
 * What verified authorship costs (shared/authorship/, AUTHORSHIP.md):
 * - a keystroke: the writer's transaction with the digest cache and the signer following the
 *   document, against the same transaction without them; and one statement (root + Ed25519 sign);
 * - catch-up: a laptop receiving a writer's whole history (typing with deletions and field
 *   overwrites), hashing it and verifying the writer, against merging it alone;
 * - size: the writer's content with its proofs (statement and pruned digests) against without,
 *   and a signed sync file against an unsigned one.
 * The workspace is an empty one (no seed: its ids are never hashed, so it would change nothing).
 */
const DANA: Identity = { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' };
const key = await signingKeyOf(await generateKeyPair());

function titleOf(doc: Y.Doc, id: string): Y.Text {
  return (actionsMap(doc).get(id) as Y.Map<unknown>).get('title') as Y.Text;
}

/** A writer's history: `chars` keystrokes into a few titles, a deletion every 10, a status change every 50. */
function history(doc: Y.Doc, chars: number): void {
  recordAuthor(doc, DANA);
  const ids = Array.from({ length: 20 }, (_, i) => addAction(doc, { title: `Action ${i}` }));
  for (let i = 0; i < chars; i++) {
    const title = titleOf(doc, ids[i % ids.length]!);
    doc.transact(() => {
      if (i % 10 === 9 && title.length > 12) title.delete(title.length - 2, 1);
      else if (title.length < 450) title.insert(title.length, 'x');
    }, LOCAL_ORIGIN);
    if (i % 50 === 49) setActionStatus(doc, ids[i % ids.length]!, (['agreed', 'blocked', 'done'] as const)[i % 3]!);
  }
}

function signingDoc() {
  const doc = createWorkspaceDoc();
  const trees = new ClientTrees(SKELETON_ROOTS, FIXED_CLIENT_IDS);
  trees.observe(doc);
  const signer = new AuthorshipSigner(doc, trees, key, () => DANA, { delayMs: 3_600_000 });
  return { doc, trees, signer };
}

// Keystrokes.
{
  const plain = createWorkspaceDoc();
  history(plain, 2_000);
  const signing = signingDoc();
  history(signing.doc, 2_000);
  await signing.signer.flush();
  const type = (doc: Y.Doc) => {
    const title = titleOf(doc, [...actionsMap(doc).keys()][0]!);
    return () => doc.transact(() => title.insert(title.length > 440 ? 8 : title.length, 'y'), LOCAL_ORIGIN);
  };
  report('One local keystroke, 2,000 typed before', [
    measure('without authorship', type(plain), { minRuns: 500, minTimeMs: 0 }),
    measure('with digest cache and signer', type(signing.doc), { minRuns: 500, minTimeMs: 0 }),
  ]);
  const deleting = (doc: Y.Doc) => () => {
    const title = titleOf(doc, [...actionsMap(doc).keys()][1]!);
    doc.transact(() => {
      title.insert(title.length, 'z');
      title.delete(title.length - 1, 1);
    }, LOCAL_ORIGIN);
  };
  report('One local keystroke and its deletion (a pruned digest written)', [
    measure('without authorship', deleting(plain), { minRuns: 300, minTimeMs: 0 }),
    measure('with digest cache and signer', deleting(signing.doc), { minRuns: 300, minTimeMs: 0 }),
  ]);
  const runs = 50;
  let started = performance.now();
  for (let i = 0; i < runs; i++) {
    type(signing.doc)();
    await signing.signer.flush();
  }
  const statementMs = (performance.now() - started) / runs;
  started = performance.now();
  for (let i = 0; i < runs; i++) type(plain)();
  const typeMs = (performance.now() - started) / runs;
  console.log(`  one statement after a keystroke (root over ${Y.getState(signing.doc.store, signing.doc.clientID)} units, Ed25519 sign, write): ${(statementMs - typeMs).toFixed(2)} ms (signed once a burst pauses, not per keystroke)`);
  signing.signer.dispose();
}

// Catch-up and size.
for (const chars of [5_000, 30_000]) {
  const plain = createWorkspaceDoc();
  history(plain, chars);
  const writer = signingDoc();
  history(writer.doc, chars);
  await writer.signer.flush();
  const plainUpdate = Y.encodeStateAsUpdate(plain);
  const signedUpdate = Y.encodeStateAsUpdate(writer.doc);
  const known = new Map<string, KnownKey>([[fingerprintOf(key.publicKey), { person: DANA, via: 'lan' }]]);
  let verdict: Awaited<ReturnType<typeof verifyClient>> | null = null;
  const receive = (update: Uint8Array, verify: boolean) => async () => {
    const doc = createWorkspaceDoc();
    Y.applyUpdate(doc, update, 'peer');
    if (!verify) return;
    const trees = new ClientTrees(SKELETON_ROOTS, FIXED_CLIENT_IDS);
    trees.observe(doc);
    verdict = await verifyClient(doc, writer.doc.clientID, trees, { get: (print) => known.get(print) });
  };
  const timeAsync = async (name: string, fn: () => Promise<void>) => {
    await fn();
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      await fn();
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    return { name, runs: samples.length, medianMs: samples[3]!, minMs: samples[0]! };
  };
  report(`Catch-up: a writer's ${chars.toLocaleString('en-US')} keystrokes (with deletions and overwrites) received whole`, [
    await timeAsync('merge only', receive(plainUpdate, false)),
    await timeAsync('merge, hash every unit, verify the writer', receive(signedUpdate, true)),
  ]);
  check(verdict !== null && (verdict as { verified: boolean }).verified, `the writer is verified after catch-up (${JSON.stringify(verdict)})`);
  const proofs = [...(writer.doc.getMap('authorship').keys())];
  console.log(`  size: ${plainUpdate.length.toLocaleString('en-US')} bytes without proofs, ${signedUpdate.length.toLocaleString('en-US')} with (${((signedUpdate.length / plainUpdate.length - 1) * 100).toFixed(1)}% more; ${proofs.length - 1} pruned digests, 1 statement)`);
  const sender = { ...DANA, clientId: writer.doc.clientID };
  const content = bundleContentOf(writer.doc, sender, null, new Date('2026-07-01T09:30:00.000Z'));
  const unsignedFile = await writeBundle(content);
  const signedFile = await writeBundle(content, { signer: key });
  console.log(`  sync file: ${unsignedFile.length.toLocaleString('en-US')} bytes unsigned, ${signedFile.length.toLocaleString('en-US')} signed (+${signedFile.length - unsignedFile.length} bytes of header)`);
  writer.signer.dispose();
}
