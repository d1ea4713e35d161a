import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_ITERATIONS, FORMAT_VERSION, MAX_BUNDLE_BYTES, MIN_ITERATIONS } from '../../../shared/bundle/format';
import { mergeImport, prepareImport, type ImportTarget } from '../../../shared/bundle/import-bundle';
import { openBundle, readEnvelope } from '../../../shared/bundle/read-bundle';
import { bundleContentOf, writeBundle } from '../../../shared/bundle/write-bundle';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { WORKSPACE_ID } from '../../../shared/workspace/workspace-id';
import { join, recraft, split } from './craft';
import { AVI, SAM, laptop, seedStateVector, stateOf, type Laptop } from './laptops';

const NOW = new Date('2026-07-01T09:30:00.000Z');
const FAST = { iterations: MIN_ITERATIONS };

/** Avi's laptop with one new action; the file of everything it holds. */
async function aviWithAction(options: { passphrase?: string; iterations?: number } = {}) {
  const avi = laptop(AVI);
  const id = avi.edit((doc) => addAction(doc, { title: 'Joint AI testbed charter' }, NOW));
  const file = await writeBundle(bundleContentOf(avi.doc, avi.sender, null, NOW), options);
  return { avi, id, file };
}

/** Reads, previews and merges a file on `target` the way the app does. */
async function importInto(target: ImportTarget, file: Uint8Array, passphrase?: string) {
  const prepared = await prepareImport(await readEnvelope(file), target, { workspace: WORKSPACE_ID, passphrase });
  if (!prepared.ok) return prepared;
  return { ...mergeImport(prepared, target, 'test.tandem'), prepared };
}

async function expectRefused(target: Laptop, file: Uint8Array, problem: string, reason: RegExp, passphrase?: string) {
  const before = stateOf(target.doc);
  const outcome = await importInto(target, file, passphrase);
  expect(outcome).toMatchObject({ ok: false, problem });
  expect(outcome.ok ? '' : outcome.reason).toMatch(reason);
  expect(stateOf(target.doc)).toBe(before);
}

describe('sync file envelope: round trip', () => {
  it('carries a whole workspace with its sender, time and state vectors, and merges it', async () => {
    const { avi, id, file } = await aviWithAction();
    const opened = await openBundle(file, { workspace: WORKSPACE_ID });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.envelope).toMatchObject({
      format: FORMAT_VERSION,
      workspace: WORKSPACE_ID,
      createdAt: NOW.toISOString(),
      sender: { name: 'Avi Cohen', delegation: 'israel', role: 'delegate', clientId: avi.doc.clientID },
      since: null,
      encryption: null,
      fileBytes: file.byteLength,
    });
    expect(opened.envelope.stateVector).toEqual(Y.encodeStateVector(avi.doc));
    expect(opened.envelope.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(opened.payload).toEqual(Y.encodeStateAsUpdate(avi.doc));

    const sam = laptop(SAM);
    const outcome = await importInto(sam, file);
    expect(outcome).toMatchObject({ ok: true, nothingNew: false });
    const merged = deriveActions(sam.doc).find((action) => action.id === id);
    expect(merged).toMatchObject({ title: 'Joint AI testbed charter', createdBy: AVI });
    expect(stateOf(sam.doc)).toBe(stateOf(avi.doc));
  });

  it('encrypts with a passphrase: the header states it, and only the passphrase opens it', async () => {
    const { avi, file } = await aviWithAction({ passphrase: 'cedar-7 harbour', iterations: DEFAULT_ITERATIONS });
    const envelope = await readEnvelope(file);
    expect(envelope.ok && envelope.envelope.encryption).toMatchObject({ cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA256', iterations: DEFAULT_ITERATIONS });
    expect(envelope.ok && envelope.envelope.encryption?.salt.byteLength).toBe(16);
    expect(envelope.ok && envelope.envelope.encryption?.iv.byteLength).toBe(12);
    // The payload is not in the file in the clear.
    const payload = Y.encodeStateAsUpdate(avi.doc);
    expect(Buffer.from(file).includes(Buffer.from(payload.subarray(0, 64)))).toBe(false);

    const opened = await openBundle(file, { workspace: WORKSPACE_ID, passphrase: 'cedar-7 harbour' });
    expect(opened.ok && opened.payload).toEqual(payload);
    const sam = laptop(SAM);
    expect(await importInto(sam, file, 'cedar-7 harbour')).toMatchObject({ ok: true, nothingNew: false });
    expect(stateOf(sam.doc)).toBe(stateOf(avi.doc));
  });

  it('uses a fresh salt and IV for every file', async () => {
    const avi = laptop(AVI);
    const content = bundleContentOf(avi.doc, avi.sender, null, NOW);
    const [a, b] = await Promise.all([writeBundle(content, { passphrase: 'x', ...FAST }), writeBundle(content, { passphrase: 'x', ...FAST })]);
    const [ea, eb] = await Promise.all([readEnvelope(a), readEnvelope(b)]);
    expect(ea.ok && eb.ok).toBe(true);
    if (!ea.ok || !eb.ok) return;
    expect(ea.envelope.encryption!.salt).not.toEqual(eb.envelope.encryption!.salt);
    expect(ea.envelope.encryption!.iv).not.toEqual(eb.envelope.encryption!.iv);
  });

  it('a passphrase typed decomposed (NFD) opens a file sealed with the composed form (NFC)', async () => {
    const { file } = await aviWithAction({ passphrase: 'café', ...FAST });
    expect((await openBundle(file, { passphrase: 'cafe\u0301' })).ok).toBe(true);
  });

  it('"changes for a peer" carries only what the peer lacks, and brings it level', async () => {
    const avi = laptop(AVI);
    const sam = laptop(SAM);
    const samsState = Y.encodeStateVector(sam.doc);
    const id = avi.edit((doc) => addAction(doc, { title: 'Quantum PQC testbed' }, NOW));
    const whole = await writeBundle(bundleContentOf(avi.doc, avi.sender, null, NOW));
    const changes = await writeBundle(bundleContentOf(avi.doc, avi.sender, samsState, NOW));
    expect(changes.byteLength).toBeLessThan(whole.byteLength / 10);
    const envelope = await readEnvelope(changes);
    expect(envelope.ok && envelope.envelope.since).toEqual(samsState);

    const outcome = await importInto(sam, changes);
    expect(outcome).toMatchObject({ ok: true, nothingNew: false });
    expect('prepared' in outcome && outcome.prepared.summary.actionsAdded).toEqual([
      { id, title: 'Quantum PQC testbed', fields: [], by: AVI, changes: [] },
    ]);
    expect(stateOf(sam.doc)).toBe(stateOf(avi.doc));
  });

  it('importing the same file twice is harmless: the second time there is nothing new', async () => {
    const { file } = await aviWithAction();
    const sam = laptop(SAM);
    expect(await importInto(sam, file)).toMatchObject({ ok: true, nothingNew: false });
    const once = stateOf(sam.doc);
    const again = await importInto(sam, file);
    expect(again).toMatchObject({ ok: true, nothingNew: true });
    expect('prepared' in again && again.prepared.summary.actionsAdded).toEqual([]);
    expect(stateOf(sam.doc)).toBe(once);
  });
});

describe('sync file envelope: every bad file is refused with its reason and changes nothing', () => {
  it('not a Tandem file', async () => {
    await expectRefused(laptop(SAM), Buffer.from('{"actions": []}\n'), 'not-tandem', /^This is not a Tandem sync file\.$/);
    await expectRefused(laptop(SAM), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'not-tandem', /not a Tandem sync file/);
  });

  it('an empty file', async () => {
    await expectRefused(laptop(SAM), new Uint8Array(0), 'truncated', /^The file is empty\.$/);
  });

  it('a truncated file', async () => {
    const { file } = await aviWithAction();
    for (const cut of [5, 12, 100, file.byteLength - 1]) {
      await expectRefused(laptop(SAM), file.subarray(0, cut), 'truncated', /^The file is truncated: /);
    }
  });

  it('an altered file: one changed byte in the payload, the header, or the hash', async () => {
    const { file } = await aviWithAction();
    for (const at of [40, file.byteLength - 100, file.byteLength - 1]) {
      const altered = file.slice();
      altered[at]! ^= 0x10;
      await expectRefused(laptop(SAM), altered, 'altered', /^The file was altered or damaged: its SHA-256 does not match its contents\.$/);
    }
  });

  it('bytes appended to a file', async () => {
    const { file } = await aviWithAction();
    await expectRefused(laptop(SAM), Buffer.concat([file, Buffer.from('x')]), 'altered', /1 unexpected bytes follow its end/);
  });

  it('a newer format version', async () => {
    const { file } = await aviWithAction();
    const newer = recraft(file, (parts) => (parts.version = FORMAT_VERSION + 1));
    await expectRefused(laptop(SAM), newer, 'newer-format', /^The file was made by a newer Tandem \(format 2\); this app reads up to format 1\.$/);
  });

  it('a file for another workspace', async () => {
    const avi = laptop(AVI);
    const file = await writeBundle({ ...bundleContentOf(avi.doc, avi.sender, null, NOW), workspace: 'another-compact' });
    await expectRefused(laptop(SAM), file, 'other-workspace', /another workspace \(“another-compact”\); this one is “us-israel-stc-2026”/);
  });

  it('an encrypted file without its passphrase, and with a wrong one', async () => {
    const { file } = await aviWithAction({ passphrase: 'right one', ...FAST });
    await expectRefused(laptop(SAM), file, 'passphrase-needed', /^The file is encrypted: its passphrase is needed\.$/);
    await expectRefused(laptop(SAM), file, 'wrong-passphrase', /^Wrong passphrase: the file cannot be decrypted with it\.$/, 'wrong one');
  });

  it('an encrypted file whose header was rewritten (hash recomputed) fails as AES-GCM additional data', async () => {
    const { file } = await aviWithAction({ passphrase: 'right one', ...FAST });
    const forged = recraft(file, (parts) => (parts.header = { ...parts.header, sender: { ...parts.header.sender, name: 'Someone Else' } }));
    await expectRefused(laptop(SAM), forged, 'wrong-passphrase', /Wrong passphrase/, 'right one');
  });

  it('an oversized file, refused before anything is read', async () => {
    await expectRefused(laptop(SAM), new Uint8Array(MAX_BUNDLE_BYTES + 1), 'oversized', /^The file is 67,108,865 bytes \(64\.0 MiB\); sync files are limited to 67,108,864 bytes \(64\.0 MiB\)\.$/);
  });

  it('a payload that is not a Yjs V1 update (V2, or garbage) under a valid hash', async () => {
    const avi = laptop(AVI);
    avi.edit((doc) => addAction(doc, { title: 'V2 smuggled' }, NOW));
    const content = bundleContentOf(avi.doc, avi.sender, null, NOW);
    const v2 = await writeBundle({ ...content, payload: Y.encodeStateAsUpdateV2(avi.doc) });
    await expectRefused(laptop(SAM), v2, 'invalid-payload', /V2 format; only V1 is accepted/);
    const garbage = await writeBundle({ ...content, payload: new Uint8Array([5, 200, 1, 2, 3]) });
    await expectRefused(laptop(SAM), garbage, 'invalid-payload', /not a change Tandem can merge/);
  });

  it('absurd key-derivation settings, refused before deriving a key', async () => {
    const { file } = await aviWithAction({ passphrase: 'p', ...FAST });
    const slow = recraft(file, (parts) => (parts.header = { ...parts.header, encryption: { ...parts.header.encryption!, iterations: 2_000_000_000 } }));
    await expectRefused(laptop(SAM), slow, 'invalid-header', /asks for 2000000000 key-derivation iterations; this app accepts 210,000 to 10,000,000/, 'p');
    const weak = recraft(file, (parts) => (parts.header = { ...parts.header, encryption: { ...parts.header.encryption!, iterations: 1000 } }));
    await expectRefused(laptop(SAM), weak, 'invalid-header', /asks for 1000 key-derivation iterations/, 'p');
  });

  it.each([
    ['not JSON', (h: Record<string, unknown>) => h, 'it is not UTF-8 JSON', true],
    ['a sender that is not an identity', (h: Record<string, unknown>) => ({ ...h, sender: { name: '', delegation: 'mars', role: 'x', clientId: 1 } }), 'the sender is not a valid identity', false],
    ['a bad client id', (h: Record<string, unknown>) => ({ ...h, sender: { ...(h.sender as object), clientId: -1 } }), 'client id', false],
    ['a bad time', (h: Record<string, unknown>) => ({ ...h, createdAt: 'yesterday' }), 'creation time', false],
    ['a state vector that is not base64', (h: Record<string, unknown>) => ({ ...h, stateVector: 'not base64!' }), 'state vector is not base64', false],
    ['a payload length that disagrees with the body', (h: Record<string, unknown>) => ({ ...h, payloadBytes: 3 }), 'states a payload of 3 bytes', false],
    ['an unknown cipher', (h: Record<string, unknown>) => ({ ...h, encryption: { cipher: 'ROT13', kdf: 'none', iterations: 1, salt: '', iv: '' } }), 'asks for ROT13', false],
  ])('a header with %s', async (_what, change, reason, raw) => {
    const { file } = await aviWithAction();
    const crafted = raw
      ? join(split(file), Buffer.from('{"workspace": '))
      : recraft(file, (parts) => (parts.header = change(parts.header as never) as never));
    await expectRefused(laptop(SAM), crafted, 'invalid-header', new RegExp(`^The file’s header is invalid: .*${reason.replace(/[()]/g, '\\$&')}`));
  });

  it('a file that continues changes this workspace lacks (cut for a peer that has more)', async () => {
    const avi = laptop(AVI);
    avi.edit((doc) => addAction(doc, { title: 'First' }, NOW));
    const afterFirst = Y.encodeStateVector(avi.doc);
    const id = avi.edit((doc) => addAction(doc, { title: 'Second' }, NOW));
    avi.edit((doc) => setActionStatus(doc, id, 'agreed', NOW));
    const changes = await writeBundle(bundleContentOf(avi.doc, avi.sender, afterFirst, NOW));
    // Sam never received "First": the file's items refer to Avi's earlier ones.
    await expectRefused(laptop(SAM), changes, 'waits-for-missing', /continues changes this workspace has not received yet; ask Avi Cohen for a whole-workspace file/);
  });

  it('a seed-only laptop (since = the seed) gets a small file that applies', async () => {
    const avi = laptop(AVI);
    avi.edit((doc) => addAction(doc, { title: 'Small' }, NOW));
    const file = await writeBundle(bundleContentOf(avi.doc, avi.sender, seedStateVector(), NOW));
    expect(file.byteLength).toBeLessThan(2000);
    expect(await importInto(laptop(SAM), file)).toMatchObject({ ok: true, nothingNew: false });
  });
});
