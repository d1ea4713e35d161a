import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { judgeBundle, mergeImport, prepareImport } from '../../../shared/bundle/import-bundle';
import { readEnvelope } from '../../../shared/bundle/read-bundle';
import { summarizeChanges } from '../../../shared/bundle/summary';
import { bundleContentOf, writeBundle } from '../../../shared/bundle/write-bundle';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { setActionDeleted, setActionDue } from '../../../shared/workspace/action-edits';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { recordAuthor } from '../../../shared/workspace/authors';
import { setEventDate } from '../../../shared/workspace/event-dates';
import { addInstitution, addPerson, setLead, setSupporting } from '../../../shared/workspace/owners';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed } from '../../../shared/workspace/seed-update';
import { WORKSPACE_ID } from '../../../shared/workspace/workspace-id';
import { AVI, SAM, SEED_UPDATE, laptop, stateOf } from '../bundle/laptops';
import { ATTACKER, HOSTILE, attack, crafted } from './gate-cases';

/**
 * Each rule of the semantic gate, through the three paths that take remote content: the merge
 * (ShadowGate, what LAN, other windows and a file's merge use), the import preview (a real sync
 * file through prepareImport) and the inspector's check (judgeBundle against a new workspace).
 * Every refusal names its rule and leaves the workspace byte for byte as it was.
 */
const NOW = new Date('2026-07-01T09:30:00.000Z');
const DRAFT = 'plan-ai1-first-challenge-call';

function seeded() {
  const doc = createWorkspaceDoc();
  applySeed(doc, SEED_UPDATE);
  return doc;
}

async function fileOf(attacker: Y.Doc, since: Uint8Array): Promise<Uint8Array> {
  return writeBundle(bundleContentOf(attacker, { ...AVI, clientId: attacker.clientID }, since, NOW));
}

describe.each(HOSTILE)('the semantic gate refuses $name', (hostile) => {
  it('in the merge, the preview and the inspector alike, with its rule and reason, changing nothing', async () => {
    const victim = laptop(SAM);
    const made = attack(victim.doc, hostile.clientId ?? ATTACKER, hostile.edit);
    const before = stateOf(victim.doc);

    const merged = victim.merge(made.update, new RemoteOrigin('peer', 'Mallory'));
    expect(merged).toMatchObject({ ok: false, rule: hostile.rule });
    expect(merged.ok ? '' : merged.reason).toMatch(hostile.reason);
    expect(stateOf(victim.doc)).toBe(before);

    const file = await fileOf(made.doc, made.before);
    const previewed = await prepareImport(await readEnvelope(file), victim, { workspace: WORKSPACE_ID, fileName: 'hostile.tandem' });
    expect(previewed).toMatchObject({ ok: false, problem: 'refused-content' });
    expect(previewed.ok ? '' : previewed.reason).toMatch(hostile.reason);
    expect(stateOf(victim.doc)).toBe(before);

    const fresh = seeded();
    const read = await readEnvelope(file);
    if (!read.ok) throw new Error(read.reason);
    const inspected = judgeBundle(read.envelope, made.update, { doc: fresh });
    expect(inspected).toMatchObject({ ok: false, problem: 'refused-content' });
    expect(inspected.ok ? '' : inspected.reason).toMatch(hostile.reason);
    made.doc.destroy();
  });
});

describe('the semantic gate lets the app’s own changes through', () => {
  it('soft delete, restore, clears written as null, anchor dates set and cleared, new records, author entries', () => {
    const avi = laptop(AVI);
    const sam = laptop(SAM);
    const steps: Array<(doc: Y.Doc) => void> = [
      (doc) => recordAuthor(doc, AVI),
      (doc) => setActionDeleted(doc, DRAFT, true, NOW),
      (doc) => setActionDeleted(doc, DRAFT, false, NOW),
      (doc) => setActionStatus(doc, DRAFT, 'agreed', NOW),
      (doc) => editActionTitle(doc, DRAFT, 't'.repeat(500), NOW),
      (doc) => setLead(doc, { kind: 'action', id: DRAFT }, 'us', null, null, NOW),
      (doc) => setActionDue(doc, DRAFT, { kind: 'date', date: '2026-09-01' }, new Map(), NOW),
      (doc) => setActionDue(doc, DRAFT, null, new Map(), NOW),
      (doc) => setEventDate(doc, 'compact-signing', '2026-07-04', new Set(['compact-signing'])),
      (doc) => setEventDate(doc, 'compact-signing', null, new Set(['compact-signing'])),
      (doc) => {
        const institution = addInstitution(doc, { name: 'Technion', side: 'israel', kind: 'university' });
        addPerson(doc, { name: 'Noa', institution });
        setSupporting(doc, { kind: 'action', id: DRAFT }, institution, true, NOW);
        setSupporting(doc, { kind: 'action', id: DRAFT }, institution, false, NOW);
      },
      (doc) => addAction(doc, { title: 'Joint AI testbed charter' }, NOW),
    ];
    for (const step of steps) {
      const before = Y.encodeStateVector(avi.doc);
      step(avi.doc);
      const update = Y.encodeStateAsUpdate(avi.doc, before);
      expect(sam.merge(update, new RemoteOrigin('peer', 'Avi'))).toEqual({ ok: true });
    }
    expect(stateOf(sam.doc)).toBe(stateOf(avi.doc));
  });

  it('content this laptop already holds, sent back identical (a relayed or re-imported file), is accepted', () => {
    const avi = laptop(AVI);
    avi.edit((doc) => addAction(doc, { title: 'Mine' }, NOW));
    const echo = Y.encodeStateAsUpdate(avi.doc);
    expect(avi.merge(echo, new RemoteOrigin('file', 'back.tandem'))).toEqual({ ok: true });
    expect(summarizeChanges(avi.doc, echo)).toMatchObject({ ok: true, summary: { nothingNew: true } });
  });
});

describe('this laptop’s own client ids', () => {
  it('refuses content under the live session’s id that this laptop did not write', () => {
    const victim = laptop(SAM);
    const before = stateOf(victim.doc);
    const update = crafted(victim.doc, victim.doc.clientID, (doc) => addAction(doc, { title: 'Not mine' }, NOW));
    const merged = victim.merge(update, new RemoteOrigin('file', 'forged.tandem'));
    expect(merged).toMatchObject({ ok: false, rule: 'own-id' });
    expect(merged.ok ? '' : merged.reason).toMatch(/The file “forged.tandem” writes content under Yjs client \d+, one of this laptop's own ids, that this laptop never wrote/);
    expect(stateOf(victim.doc)).toBe(before);
  });

  it('refuses content under a past session’s id, given by the provider', () => {
    const doc = seeded();
    const gate = new ShadowGate(doc, { ownClientIds: () => [4242] });
    const before = stateOf(doc);
    const merged = gate.apply(crafted(doc, 4242, (d) => addAction(d, { title: 'Back-dated' }, NOW)), new RemoteOrigin('peer', 'Mallory'));
    expect(merged).toMatchObject({ ok: false, rule: 'own-id', reason: expect.stringMatching(/The update from Mallory writes content under Yjs client 4242/) });
    expect(stateOf(doc)).toBe(before);
    // Another laptop's id is not this laptop's: the same edit under it passes.
    expect(gate.apply(crafted(doc, 4243, (d) => addAction(d, { title: 'Theirs' }, NOW)), 'peer')).toEqual({ ok: true });
    gate.destroy();
  });
});

describe('header claims against the payload', () => {
  it('refuses a file whose state vector claims less than its payload carries, or more', async () => {
    const avi = laptop(AVI);
    const sam = laptop(SAM);
    avi.edit((doc) => addAction(doc, { title: 'Joint AI testbed charter' }, NOW));
    const content = bundleContentOf(avi.doc, avi.sender, null, NOW);
    const before = stateOf(sam.doc);
    const less = Y.decodeStateVector(content.stateVector);
    less.set(avi.doc.clientID, 1);
    const underclaimed = await writeBundle({ ...content, stateVector: Y.encodeStateVector(less) });
    const outcome = await prepareImport(await readEnvelope(underclaimed), sam, { workspace: WORKSPACE_ID });
    expect(outcome).toMatchObject({ ok: false, problem: 'refused-content', reason: expect.stringMatching(/header says it holds Yjs client \d+ up to clock 1, but its content goes on to clock/) });
    const more = Y.decodeStateVector(content.stateVector);
    more.set(99, 5);
    const overclaimed = await writeBundle({ ...content, stateVector: Y.encodeStateVector(more) });
    expect(await prepareImport(await readEnvelope(overclaimed), sam, { workspace: WORKSPACE_ID })).toMatchObject({
      ok: false, problem: 'refused-content', reason: expect.stringMatching(/client 99 up to clock 5, but its content stops at clock 0/),
    });
    const seedSender = await writeBundle({ ...content, sender: { ...content.sender, clientId: 0x5eed0001 } });
    expect(await prepareImport(await readEnvelope(seedSender), sam, { workspace: WORKSPACE_ID })).toMatchObject({
      ok: false, problem: 'refused-content', reason: expect.stringMatching(/reserved for the compact’s seed/),
    });
    expect(stateOf(sam.doc)).toBe(before);
    // The honest file passes and merges.
    const honest = await prepareImport(await readEnvelope(await writeBundle(content)), sam, { workspace: WORKSPACE_ID });
    expect(honest.ok).toBe(true);
    if (honest.ok) expect(mergeImport(honest, sam, 'honest.tandem')).toEqual({ ok: true, nothingNew: false });
  });
});
