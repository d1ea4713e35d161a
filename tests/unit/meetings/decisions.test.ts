import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OperationError, setActionStatus } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { applyDecision, decisionApplyProblem } from '../../../shared/workspace/meetings/apply-decision';
import { addDecision, editDecision } from '../../../shared/workspace/meetings/decisions';
import { deriveDecisions } from '../../../shared/workspace/meetings/meeting-view';
import type { PlanChange } from '../../../shared/workspace/meetings/plan-changes';
import { DecisionOrigin, originPolicy } from '../../../shared/workspace/origins';
import { actionsMap } from '../../../shared/workspace/schema';
import { DRAFT, ISRAEL, NOW, US, sync, twoLaptopsWithMeeting } from './meeting-fixtures';
import { stateOf } from '../bundle/laptops';

const live = (doc: Y.Doc) => deriveActions(doc).filter((action) => !action.deleted);
const CREATE: PlanChange = { op: 'create-action', title: 'Joint quantum testbed charter', tier: 'appropriations', usLead: US, israelLead: ISRAEL, due: '2026-10-01' };

describe('applying a decision', () => {
  it('creates and changes actions in one transaction attributed to the meeting, and records who applied it', () => {
    const { avi, meeting } = twoLaptopsWithMeeting();
    const decision = avi.edit((doc) => addDecision(doc, meeting, 'Charter the testbed; the first call is agreed.', [CREATE, { op: 'set-status', action: DRAFT, status: 'agreed' }], NOW));
    const origins: unknown[] = [];
    avi.doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const clientId = avi.doc.clientID;
    const applied = applyDecision(avi.doc, decision, NOW);
    expect(avi.doc.clientID).toBe(clientId);

    expect(origins).toHaveLength(1);
    expect(origins[0]).toBeInstanceOf(DecisionOrigin);
    expect(origins[0]).toMatchObject({ meetingId: meeting, decisionId: decision });
    expect(originPolicy(origins[0])).toMatchObject({ stored: true, audited: true, undoable: false, toPeers: true });
    const created = live(avi.doc).find((action) => action.id === applied.created[0]);
    expect(created).toMatchObject({ title: 'Joint quantum testbed charter', tier: 'appropriations', usLead: US, israelLead: ISRAEL });
    expect((actionsMap(avi.doc).get(applied.created[0]!) as Y.Map<unknown>).get('decision')).toBe(decision);
    expect(live(avi.doc).find((action) => action.id === DRAFT)?.status).toBe('agreed');
    expect(deriveDecisions(avi.doc, meeting)[0]).toMatchObject({ appliedAt: NOW.toISOString(), appliedBy: String(avi.doc.clientID) });
  });

  it('is all or none: a bad change, even the last, leaves the document byte for byte as it was', () => {
    const { avi, meeting } = twoLaptopsWithMeeting();
    const cases: { changes: PlanChange[]; message: RegExp }[] = [
      { changes: [CREATE, { op: 'set-status', action: 'no-such-action', status: 'done' }], message: /Change 2: there is no action no-such-action/ },
      { changes: [CREATE, { op: 'set-lead', action: DRAFT, side: 'us', institution: ISRAEL }], message: /Change 2: .* is not a U.S. institution/ },
      { changes: [{ ...CREATE, usLead: ISRAEL } as PlanChange], message: /Change 1: .* is not a U.S. institution/ },
      { changes: [CREATE, CREATE], message: /Change 2 creates the same action as an earlier change/ },
    ];
    for (const { changes, message } of cases) {
      const decision = avi.edit((doc) => addDecision(doc, meeting, 'A decision', changes, NOW));
      const before = stateOf(avi.doc);
      expect(decisionApplyProblem(avi.doc, decision, NOW)?.message).toMatch(message);
      expect(() => applyDecision(avi.doc, decision, NOW)).toThrow(OperationError);
      expect(() => applyDecision(avi.doc, decision, NOW)).toThrow(message);
      expect(stateOf(avi.doc)).toBe(before);
    }
  });

  it('refuses to apply twice on one laptop, and freezes an applied decision', () => {
    const { avi, meeting } = twoLaptopsWithMeeting();
    const decision = avi.edit((doc) => addDecision(doc, meeting, 'Once', [CREATE], NOW));
    applyDecision(avi.doc, decision, NOW);
    const before = stateOf(avi.doc);
    expect(() => applyDecision(avi.doc, decision, NOW)).toThrow(/already been applied/);
    expect(() => editDecision(avi.doc, decision, { text: 'Changed' }, NOW)).toThrow(/has been applied/);
    expect(stateOf(avi.doc)).toBe(before);
  });

  it('applied apart on two laptops creates its action once when they meet, through the gate both ways', () => {
    const { avi, sam, meeting } = twoLaptopsWithMeeting();
    const decision = avi.edit((doc) => addDecision(doc, meeting, 'Charter', [CREATE, { op: 'set-tier', action: DRAFT, tier: 'feasibility-review' }], NOW));
    sync(avi, sam);
    const onAvi = applyDecision(avi.doc, decision, NOW);
    const onSam = applyDecision(sam.doc, decision, new Date(NOW.getTime() + 3_600_000));
    expect(onSam.created).toEqual(onAvi.created);
    sync(avi, sam);
    expect(stateOf(avi.doc)).toBe(stateOf(sam.doc));
    const titled = live(avi.doc).filter((action) => action.title === CREATE.title);
    expect(titled.map((action) => action.id)).toEqual(onAvi.created);
    expect(live(sam.doc)).toEqual(live(avi.doc));
  });

  it('a change edited on one laptop before it applied there creates its own action, both visible, nothing refused', () => {
    const { avi, sam, meeting } = twoLaptopsWithMeeting();
    const decision = avi.edit((doc) => addDecision(doc, meeting, 'Charter', [CREATE], NOW));
    sync(avi, sam);
    applyDecision(avi.doc, decision, NOW);
    sam.edit((doc) => editDecision(doc, decision, { changes: [{ ...CREATE, title: 'Joint quantum testbed charter (revised)' } as PlanChange] }, NOW));
    applyDecision(sam.doc, decision, NOW);
    sync(avi, sam);
    expect(stateOf(avi.doc)).toBe(stateOf(sam.doc));
    expect(live(avi.doc).filter((action) => action.title.startsWith('Joint quantum testbed charter'))).toHaveLength(2);
  });
});

/** A decision as generated: its changes touch the draft actions and create new ones. */
const TARGETS = [DRAFT, 'plan-ai1-first-challenge-call', 'plan-x1-joint-office'];
const changeArb: fc.Arbitrary<PlanChange> = fc.oneof(
  fc.record({ op: fc.constant('create-action' as const), title: fc.constantFrom('Testbed', 'Fellowship', 'Data sharing MOU'), tier: fc.constantFrom('existing-authority', 'appropriations') as fc.Arbitrary<'existing-authority' | 'appropriations'> }),
  fc.record({ op: fc.constant('set-status' as const), action: fc.constant(DRAFT), status: fc.constantFrom('agreed', 'done', 'blocked') as fc.Arbitrary<'agreed' | 'done' | 'blocked'> }),
  fc.record({ op: fc.constant('set-tier' as const), action: fc.constant(DRAFT), tier: fc.constantFrom(null, 'appropriations', 'feasibility-review') as fc.Arbitrary<null | 'appropriations' | 'feasibility-review'> }),
  fc.record({ op: fc.constant('set-due' as const), action: fc.constant(DRAFT), due: fc.constantFrom(null, '2026-09-01', '2027-01-15') }),
);

describe('decisions applied apart (property)', () => {
  it('two laptops applying any decisions, in any order and any overlap, converge with every created action once', () => {
    expect(TARGETS[0]).toBe(DRAFT);
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(changeArb, { minLength: 1, maxLength: 3, selector: (change) => JSON.stringify(change) }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom('avi', 'sam', 'both'), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        (decisions, who, samFirst) => {
          const { avi, sam, meeting } = twoLaptopsWithMeeting();
          const ids = decisions.map((changes, index) => avi.edit((doc) => addDecision(doc, meeting, `Decision ${index}`, changes, NOW)));
          sync(avi, sam);
          // A colleague's unrelated edit while apart.
          sam.edit((doc) => setActionStatus(doc, DRAFT, 'in-progress', NOW));
          ids.forEach((id, index) => {
            const where = who[index]!;
            if (where !== 'sam') applyDecision(avi.doc, id, NOW);
            if (where !== 'avi') applyDecision(sam.doc, id, NOW);
          });
          if (samFirst) sync(sam, avi);
          else sync(avi, sam);
          expect(stateOf(avi.doc)).toBe(stateOf(sam.doc));
          const created = new Set(ids.flatMap((id, index) => decisions[index]!.flatMap((change) => (change.op === 'create-action' ? [`${id}:${JSON.stringify(change)}`] : []))));
          const made = live(avi.doc).filter((action) => action.id.startsWith('dec-'));
          expect(made).toHaveLength(created.size);
          expect(new Set(made.map((action) => action.id)).size).toBe(made.length);
          expect(deriveDecisions(avi.doc, meeting).every((decision) => decision.appliedAt !== null)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
