import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setActionDue } from '../../../shared/workspace/action-edits';
import { deriveActions, type ActionView } from '../../../shared/workspace/action-view';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { writerOf } from '../../../shared/workspace/authors';
import { moveAction } from '../../../shared/workspace/board';
import { setLead } from '../../../shared/workspace/owners';
import { actionsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate, SEED, SEED_CLIENT_IDS, SEED_ORIGIN, seedVersion1 } from '../../../shared/workspace/seed-update';
import { buildMigration } from '../../../shared/workspace/seed-migration';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { DANA, SAM, entries, laptop } from '../review/replicas';
import { loadSeeds } from '../compact/seed-files';

const compact = loadSeeds();
const v1 = seedVersion1();
const seed = buildSeedUpdate(compact);
const EVENTS = new Map(compact.events.map((event) => [event.id, event.name]));
const AT = new Date('2026-09-01T09:00:00Z');

const X4 = 'plan-x4-export-control-channel';
const PQC = 'plan-q2-pqc-testbed';
const AE1 = 'plan-ae1-research-mou';
const QFUND = 'plan-q1-quantum-fund';
const RUNWAY = 'plan-cm2-runway-analysis';
const SEQUENCING = 'plan-adopt-sequencing-plan';

/** A workspace created before version 2: version 1's bytes only. */
function v1Workspace(): Y.Doc {
  const doc = createWorkspaceDoc();
  Y.applyUpdate(doc, v1, SEED_ORIGIN);
  return doc;
}

/** What the delegations wrote: every update after version 1, as the app's log stores it. */
function delegationLog(doc: Y.Doc): Uint8Array {
  const base = new Y.Doc();
  Y.applyUpdate(base, v1);
  return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(base));
}

/** Opened by the new version the way the app opens a workspace: the seed first, then the stored log. */
function reopened(log: Uint8Array): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, seed);
  Y.applyUpdate(doc, log);
  return doc;
}

const view = (doc: Y.Doc, id: string): ActionView => deriveActions(doc).find((action) => action.id === id)!;

/** Keys of seeded action records that version 2 re-sets or adds (written by its client id). */
const MIGRATED: ReadonlySet<string> = (() => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed);
  const keys = new Set<string>();
  actionsMap(doc).forEach((record, id) => {
    if (!(record instanceof Y.Map) || writerOf(record, 'createdBy') === SEED.clientId) return;
    for (const key of record.keys()) if (writerOf(record, key) === SEED.clientId) keys.add(`${id}\u0000${key}`);
  });
  return keys;
})();

describe('seed version 2, an explicit migration of version 1', () => {
  it('writes only under its own client id, on top of version 1’s exact bytes, and changes what the issue asks', () => {
    const migration = buildMigration(v1, compact, { clientId: SEED.clientId, createdAt: SEED.createdAt });
    expect(new Set(Y.decodeUpdate(migration).structs.map((struct) => struct.id.client))).toEqual(new Set([SEED.clientId]));
    expect(MIGRATED).toEqual(expect.any(Set));
    for (const key of [`${X4}\u0000usLead`, `${PQC}\u0000disputedBy`, `${QFUND}\u0000due`, `${RUNWAY}\u0000tierSource`, `${RUNWAY}\u0000tierNote`]) {
      expect(MIGRATED.has(key), key).toBe(true);
    }
    expect([...MIGRATED].some((key) => key.endsWith('\u0000title'))).toBe(false);
  });

  it('refuses a version that would rewrite a title or drop a draft', () => {
    const retitled = { ...compact, plan: compact.plan.map((draft) => (draft.id === PQC ? { ...draft, title: 'Reworded' } : draft)) };
    expect(() => buildMigration(v1, retitled, { clientId: SEED.clientId, createdAt: SEED.createdAt })).toThrow(/title of plan-q2-pqc-testbed changed/);
    const dropped = { ...compact, plan: compact.plan.filter((draft) => draft.id !== PQC) };
    expect(() => buildMigration(v1, dropped, { clientId: SEED.clientId, createdAt: SEED.createdAt })).toThrow(/plan-q2-pqc-testbed was removed/);
  });

  it('upgrades a workspace the delegations edited under version 1 without losing or overwriting any edit', () => {
    const doc = v1Workspace();
    editActionTitle(doc, PQC, 'Stand up the joint PQC testbed (agreed wording)', AT);
    setActionStatus(doc, PQC, 'agreed', AT);
    setLead(doc, { kind: 'action', id: X4 }, 'us', 'us-state', null, AT); // version 2 drafts BIS
    setLead(doc, { kind: 'action', id: AE1 }, 'israel', 'il-energy', null, AT);
    setActionDue(doc, QFUND, { kind: 'date', date: '2027-12-31' }, EVENTS, AT); // version 2 clears it
    moveAction(doc, SEQUENCING, 'appropriations', 0, AT);
    const added = addAction(doc, { title: 'Brief the Knesset committee' }, AT);
    const before = deriveActions(doc);
    const edited = (views: readonly ActionView[]) => views.filter((action) => [PQC, X4, AE1, QFUND, SEQUENCING, added].includes(action.id))
      .map(({ id, title, status, usLead, israelLead, due, tier, order }) => ({ id, title, status, usLead, israelLead, due, tier, order }));

    const inPlace = doc;
    applySeed(inPlace, seed);
    const fromLog = reopened(delegationLog(doc));
    for (const upgraded of [inPlace, fromLog]) {
      expect(edited(deriveActions(upgraded))).toEqual(edited(before));
      expect(view(upgraded, X4).usLead).toBe('us-state');
      expect(view(upgraded, QFUND).due).toMatchObject({ kind: 'calendar', date: '2027-12-31' });
      // Version 2's content reaches every field nobody touched.
      expect(view(upgraded, PQC).disputedBy).toEqual(['pqc-testbed-timing']);
      expect(view(upgraded, AE1).disputedBy).toEqual(['ae1-israeli-counterpart']);
      expect(view(upgraded, RUNWAY)).toMatchObject({ tierSource: null, tierNote: expect.stringMatching(/^No specific source/) });
      expect(view(upgraded, 'plan-q1-first-fund-grants')).toMatchObject({ fromSeed: true, tier: 'appropriations', initiative: 'Q-1' });
      expect(deriveActions(upgraded)).toHaveLength(compact.plan.length + 1);
    }
    expect(deriveActions(fromLog)).toEqual(deriveActions(inPlace));
  });

  it('files no conflict for a migration value beside a delegation’s, and still files two delegations’ concurrent leads', () => {
    const upgraded = laptop(DANA);
    applySeed(upgraded.doc, seed);
    const old = laptop(SAM);
    Y.applyUpdate(old.doc, v1, SEED_ORIGIN);
    setLead(old.doc, { kind: 'action', id: X4 }, 'us', 'us-state', null, AT);
    Y.applyUpdate(upgraded.doc, delegationLog(old.doc), new RemoteOrigin('peer', 'test'));
    expect(view(upgraded.doc, X4).usLead).toBe('us-state');
    expect([...entries(upgraded.doc).values()]).toEqual([]);

    const other = laptop(DANA);
    applySeed(other.doc, seed);
    setLead(other.doc, { kind: 'action', id: X4 }, 'us', 'us-nsc', null, AT);
    Y.applyUpdate(other.doc, delegationLog(old.doc), new RemoteOrigin('peer', 'test'));
    const filed = [...entries(other.doc).values()];
    expect(filed.map((entry) => [entry.record.id, entry.field])).toEqual([[X4, 'usLead']]);
    expect(new Set([filed[0]!.current.value, filed[0]!.other.value].map((value) => (value as { institution: string }).institution)))
      .toEqual(new Set(['us-state', 'us-nsc']));
    for (const each of [upgraded, old, other]) each.stop();
  });
});

type Op =
  | { readonly kind: 'lead'; readonly on: number; readonly id: string; readonly institution: string }
  | { readonly kind: 'status'; readonly on: number; readonly id: string; readonly status: 'agreed' | 'blocked' | 'in-progress' }
  | { readonly kind: 'due'; readonly on: number; readonly id: string; readonly date: string }
  | { readonly kind: 'move'; readonly on: number; readonly id: string; readonly tier: 'appropriations' | 'existing-authority' | 'feasibility-review' }
  | { readonly kind: 'title'; readonly on: number; readonly id: string; readonly text: string }
  | { readonly kind: 'add'; readonly on: number; readonly text: string }
  | { readonly kind: 'upgrade'; readonly on: number }
  | { readonly kind: 'sync' };

const IDS = [X4, PQC, QFUND, RUNWAY, AE1, 'plan-f1-f4-capital-architecture'];
const on = fc.integer({ min: 0, max: 1 });
const id = fc.constantFrom(...IDS);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('lead' as const), on, id, institution: fc.constantFrom('us-state', 'us-nsc', 'us-bis', 'us-nist') }),
  fc.record({ kind: fc.constant('status' as const), on, id, status: fc.constantFrom('agreed' as const, 'blocked' as const, 'in-progress' as const) }),
  fc.record({ kind: fc.constant('due' as const), on, id, date: fc.constantFrom('2027-01-31', '2027-06-30') }),
  fc.record({ kind: fc.constant('move' as const), on, id, tier: fc.constantFrom('appropriations' as const, 'existing-authority' as const, 'feasibility-review' as const) }),
  fc.record({ kind: fc.constant('title' as const), on, id, text: fc.constantFrom('Reworded', 'Agreed wording') }),
  fc.record({ kind: fc.constant('add' as const), on, text: fc.constantFrom('New step', 'Another step') }),
  fc.record({ kind: fc.constant('upgrade' as const), on }),
  fc.constant({ kind: 'sync' as const }),
);

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), new RemoteOrigin('peer', 'a'));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), new RemoteOrigin('peer', 'b'));
}

describe('two laptops migrating apart, then syncing', () => {
  it('converge, and every field a delegation wrote holds a delegation’s value; untouched migrated fields hold version 2’s', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 24 }), (ops) => {
      const laptops = [v1Workspace(), v1Workspace()];
      const touched = new Set<string>();
      // A key a delegation wrote: its current item is that laptop's own (a no-op edit writes nothing).
      const touch = (doc: Y.Doc, actionId: string) => {
        const record = actionsMap(doc).get(actionId) as Y.Map<unknown>;
        for (const key of record.keys()) if (writerOf(record, key) === doc.clientID) touched.add(`${actionId}\u0000${key}`);
      };
      for (const step of ops) {
        if (step.kind === 'sync') { sync(laptops[0]!, laptops[1]!); continue; }
        const doc = laptops[step.on]!;
        switch (step.kind) {
          case 'upgrade': applySeed(doc, seed); break;
          case 'lead': setLead(doc, { kind: 'action', id: step.id }, 'us', step.institution, null, AT); touch(doc, step.id); break;
          case 'status': setActionStatus(doc, step.id, step.status, AT); touch(doc, step.id); break;
          case 'due': setActionDue(doc, step.id, { kind: 'date', date: step.date }, EVENTS, AT); touch(doc, step.id); break;
          case 'move': moveAction(doc, step.id, step.tier, 0, AT); touch(doc, step.id); break;
          case 'title': editActionTitle(doc, step.id, step.text, AT); break;
          case 'add': addAction(doc, { title: step.text }, AT); break;
        }
      }
      for (const doc of laptops) applySeed(doc, seed);
      sync(laptops[0]!, laptops[1]!);
      const [first, second] = laptops as [Y.Doc, Y.Doc];
      expect(deriveActions(second)).toEqual(deriveActions(first));
      expect(Y.encodeStateVector(second)).toEqual(Y.encodeStateVector(first));
      actionsMap(first).forEach((record, actionId) => {
        if (!(record instanceof Y.Map)) return;
        for (const key of record.keys()) {
          const writer = writerOf(record, key);
          const at = `${actionId}\u0000${key}`;
          if (touched.has(at)) expect(SEED_CLIENT_IDS, at).not.toContain(writer);
          else if (MIGRATED.has(at)) expect(writer, at).toBe(SEED.clientId);
        }
      });
    }), { numRuns: 60 });
  });
});
