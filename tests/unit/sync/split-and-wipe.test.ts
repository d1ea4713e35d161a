import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeImport, prepareImport, type PreparedImport } from '../../../shared/bundle/import-bundle';
import { readEnvelope } from '../../../shared/bundle/read-bundle';
import { bundleContentOf, writeBundle } from '../../../shared/bundle/write-bundle';
import { encodePeerMessage } from '../../../shared/sync/peer-protocol';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { addAction } from '../../../shared/workspace/actions';
import { actionsMap } from '../../../shared/workspace/schema';
import { WORKSPACE_ID } from '../../../shared/workspace/workspace-id';
import { AVI, SAM, laptop as fileLaptop, stateOf, type Laptop as FileLaptop } from '../bundle/laptops';
import { crafted } from './gate-cases';
import { Connection, flush, fullState } from './peer-harness';
import { dana, laptop, sharedStart, yael } from './peer-session-fixtures';

/**
 * The two attacks of issue 16, by file and over the LAN. The split: content written under another
 * laptop's Yjs client id, which Yjs would silently keep on whichever laptop saw it first. The
 * wipe: an update that only deletes (Yjs deletes, not the app's soft delete).
 */
const NOW = new Date('2026-07-01T09:30:00.000Z');

async function importFile(target: FileLaptop, bytes: Uint8Array, name: string) {
  const prepared = await prepareImport(await readEnvelope(bytes), target, { workspace: WORKSPACE_ID, fileName: name });
  return prepared.ok ? mergeImport(prepared, target, name) : prepared;
}

/** Avi's real edit, and a file forging other content under Avi's client id and clocks. */
async function splitFixture() {
  const avi = fileLaptop(AVI);
  const sam = fileLaptop(SAM);
  const forger = new Y.Doc();
  Y.applyUpdate(forger, Y.encodeStateAsUpdate(sam.doc));
  forger.clientID = avi.doc.clientID;
  addAction(forger, { title: 'Forged: drop the AI testbed' }, NOW);
  const forged = await writeBundle(bundleContentOf(forger, avi.sender, null, NOW));
  avi.edit((doc) => addAction(doc, { title: 'Joint AI testbed charter' }, NOW));
  const real = await writeBundle(bundleContentOf(avi.doc, avi.sender, null, NOW));
  return { avi, sam, forged, real };
}

const FORGERY = /writes different content under ids this laptop already holds \(Yjs client \d+, clock \d+: [^)]+\)/;

describe('the split, by file', () => {
  it('forged file first: the laptop whose id was used refuses it, and the real content is then refused where the forgery landed', async () => {
    const { avi, sam, forged, real } = await splitFixture();
    // Sam cannot know Avi's clocks yet: the forged file merges there.
    expect(await importFile(sam, forged, 'forged.tandem')).toEqual({ ok: true, nothingNew: false });
    const samBefore = stateOf(sam.doc);
    const aviBefore = stateOf(avi.doc);
    expect(await importFile(sam, real, 'avi.tandem')).toMatchObject({ ok: false, problem: 'refused-content', reason: expect.stringMatching(new RegExp(`^The file “avi.tandem” ${FORGERY.source}`)) });
    expect(await importFile(avi, forged, 'forged.tandem')).toMatchObject({ ok: false, problem: 'refused-content', reason: expect.stringMatching(new RegExp(`^The file “forged.tandem” ${FORGERY.source}`)) });
    expect(stateOf(sam.doc)).toBe(samBefore);
    expect(stateOf(avi.doc)).toBe(aviBefore);
  });

  it('real file first: the forged file is refused, naming it', async () => {
    const { sam, forged, real } = await splitFixture();
    expect(await importFile(sam, real, 'avi.tandem')).toEqual({ ok: true, nothingNew: false });
    const before = stateOf(sam.doc);
    expect(await importFile(sam, forged, 'forged.tandem')).toMatchObject({ ok: false, problem: 'refused-content', reason: expect.stringMatching(/^The file “forged.tandem” writes different content/) });
    expect(stateOf(sam.doc)).toBe(before);
  });
});

describe('the wipe, by file', () => {
  it('an update that only deletes every action is refused by the preview and, on its own, by the merge', async () => {
    const sam = fileLaptop(SAM);
    const wipe = crafted(sam.doc, 4_000_001, (doc) => {
      for (const key of [...actionsMap(doc).keys()]) actionsMap(doc).delete(key);
    });
    expect(Y.decodeUpdate(wipe).structs).toHaveLength(0);
    const wiper = new Y.Doc();
    Y.applyUpdate(wiper, Y.encodeStateAsUpdate(sam.doc));
    Y.applyUpdate(wiper, wipe);
    const file = await writeBundle(bundleContentOf(wiper, { ...AVI, clientId: 4_000_001 }, Y.encodeStateVector(sam.doc), NOW));
    const before = stateOf(sam.doc);
    const actions = actionsMap(sam.doc).size;
    const previewed = await prepareImport(await readEnvelope(file), sam, { workspace: WORKSPACE_ID, fileName: 'wipe.tandem' });
    expect(previewed).toMatchObject({ ok: false, problem: 'refused-content', reason: expect.stringMatching(/erases the action plan-.*not the app's soft delete/) });
    // The merge applies the same rules even when handed the file without its preview.
    const unchecked = { ok: true, envelope: (previewed as { envelope: PreparedImport['envelope'] }).envelope, payload: wipe, summary: { nothingNew: false } } as PreparedImport;
    expect(mergeImport(unchecked, sam, 'wipe.tandem')).toMatchObject({ ok: false, problem: 'refused-content', reason: expect.stringMatching(/erases the action/) });
    expect(stateOf(sam.doc)).toBe(before);
    expect(actionsMap(sam.doc).size).toBe(actions);
  });
});

describe('the split and the wipe over the LAN', () => {
  it('a forgery merged from a file is found when the laptop whose id it used connects: both sides pause and say who and why', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    sharedStart(a, b, 1);
    // A forged update under Dana's id, for clocks Dana will write, reaches Yael by file.
    const forged = crafted(b.doc, a.doc.clientID, (doc) => addAction(doc, { title: 'forged' }));
    // The same length as the forgery: Dana's laptop holds every forged clock, so it alone cannot tell.
    addAction(a.doc, { title: 'really' });
    expect(b.merge(forged, new RemoteOrigin('file', 'forged.tandem'))).toEqual({ ok: true });
    const yaelBefore = fullState(b.doc);
    const link = new Connection(a, b).start();
    flush(link);
    expect(link.b.session.paused).toMatchObject({ peer: 'Dana', direction: 'refused-from-peer', rule: 'forgery' });
    expect(link.b.rejected).toEqual([expect.stringMatching(/^Sync with Dana is paused: this laptop refused their update\. The update from Dana writes different content under ids this laptop already holds/)]);
    expect(link.a.session.paused).toMatchObject({ peer: 'Yael', direction: 'refused-by-peer', rule: null });
    expect(link.a.rejected).toEqual([expect.stringMatching(/^Sync with Yael is paused: their laptop refused an update from this one\. .*different content/)]);
    expect(fullState(b.doc)).toBe(yaelBefore);
    // Paused: nothing more goes to the peer.
    const sent = link.a.outbox.length;
    addAction(a.doc, { title: 'after the pause' });
    expect(link.a.outbox.length).toBe(sent);
  });

  it('a forged live update under another laptop’s ids, after a clean sync, is refused and the sender paused', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    sharedStart(a, b, 2);
    const link = new Connection(a, b).start();
    flush(link);
    // Dana's first clocks rewritten: other content under ids Yael already holds from Dana.
    const empty = new Y.Doc();
    const forged = crafted(empty, a.doc.clientID, (doc) => doc.getMap('actions').set('x', 'y'));
    empty.destroy();
    const before = fullState(b.doc);
    link.a.send(encodePeerMessage({ type: 'update', update: forged }));
    flush(link);
    expect(link.b.session.paused).toMatchObject({ direction: 'refused-from-peer', rule: 'forgery' });
    expect(link.b.rejected).toEqual([expect.stringMatching(/^Sync with Dana is paused: this laptop refused their update\. The update from Dana writes different content/)]);
    expect(fullState(b.doc)).toBe(before);
  });

  it('the wipe from a connected peer is refused, the peer told, and every action kept', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    sharedStart(a, b, 5);
    const link = new Connection(a, b).start();
    flush(link);
    const before = fullState(b.doc);
    for (const key of [...actionsMap(a.doc).keys()]) actionsMap(a.doc).delete(key);
    flush(link);
    expect(link.b.session.paused).toMatchObject({ peer: 'Dana', direction: 'refused-from-peer', rule: 'hard-delete' });
    expect(link.b.rejected).toEqual([expect.stringMatching(/^Sync with Dana is paused: this laptop refused their update\. The update from Dana erases the action /)]);
    expect(link.a.session.paused).toMatchObject({ peer: 'Yael', direction: 'refused-by-peer' });
    expect(fullState(b.doc)).toBe(before);
    expect(actionsMap(b.doc).size).toBe(5);
  });
});
