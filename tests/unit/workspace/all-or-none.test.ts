import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { resolveConflicts } from '../../../shared/review/conflict-resolution';
import { conflictKey, type ConflictEntry } from '../../../shared/review/conflict-entry';
import { OperationError, addAction } from '../../../shared/workspace/actions';
import { setOwnership, type OwnershipStep } from '../../../shared/workspace/ownership';
import { addInstitution, setLead, setSupporting, type OwnedTarget } from '../../../shared/workspace/owners';
import { actionsMap, conflictResolutionsMap, conflictsMap, createWorkspaceDoc, initiativesMap } from '../../../shared/workspace/schema';
import { seededDoc } from '../owners/seeded-matrix';

/**
 * Composite commands are all or none: each step is checked before the first is written, so a
 * refused step, the last one included, leaves the document byte for byte as it was (Yjs cannot
 * take a write back, so "the steps before it stand" would be the only alternative).
 */
const US = 'us-caisi';
const ISRAEL = 'il-incd';
const UNKNOWN = 'us-no-such-institution';
const AT = new Date('2026-03-01T10:00:00Z');
const INITIATIVE: OwnedTarget = { kind: 'initiative', id: 'AI-1' };
const ACTION: OwnedTarget = { kind: 'action', id: 'plan-ai1-first-challenge-call' };

const bytes = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc);

/** Runs `edit`, expects it refused, and expects the document unchanged to the byte. */
function expectRefusedUnchanged(doc: Y.Doc, edit: () => void): void {
  const before = bytes(doc);
  const updates: Uint8Array[] = [];
  const keep = (update: Uint8Array) => updates.push(update);
  doc.on('update', keep);
  try {
    expect(edit).toThrow(OperationError);
  } finally {
    doc.off('update', keep);
  }
  expect(updates).toEqual([]);
  expect(bytes(doc)).toEqual(before);
}

const recordOf = (doc: Y.Doc, target: OwnedTarget) =>
  (target.kind === 'action' ? actionsMap(doc) : initiativesMap(doc)).get(target.id) as Y.Map<unknown>;

describe('setOwnership', () => {
  it.each([INITIATIVE, ACTION])('a refused last step writes none of the steps before it ($kind)', (target) => {
    const doc = seededDoc();
    const steps: OwnershipStep[] = [
      { op: 'supporting', institution: US, supporting: true },
      { op: 'lead', institution: US, person: null },
      // Refused: an Israeli institution cannot be the U.S. lead.
      { op: 'lead', institution: ISRAEL, person: null },
    ];
    expectRefusedUnchanged(doc, () => setOwnership(doc, target, 'us', steps, AT));
  });

  it('a refused last step inside a caller’s transaction (as the renderer runs commands) writes nothing either', () => {
    const doc = seededDoc();
    const steps: OwnershipStep[] = [
      { op: 'supporting', institution: US, supporting: true },
      { op: 'supporting', institution: UNKNOWN, supporting: true },
    ];
    expectRefusedUnchanged(doc, () => doc.transact(() => setOwnership(doc, INITIATIVE, 'us', steps, AT)));
  });

  it('accepted steps are one transaction, each seeing the ones before it', () => {
    const doc = seededDoc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    // Set a lead, then clear it: the clear must see the lead the first step wrote.
    setOwnership(doc, INITIATIVE, 'us', [
      { op: 'lead', institution: US, person: null },
      { op: 'supporting', institution: US, supporting: true },
      { op: 'lead', institution: null, person: null },
    ], AT);
    expect(updates).toHaveLength(1);
    const record = recordOf(doc, INITIATIVE);
    expect(record.get('usLead')).toBeNull();
    expect((record.get('supporting') as Y.Map<unknown>).has(US)).toBe(true);
  });

  it('property: refused anywhere → unchanged; accepted → the same as the steps one by one', () => {
    // A small workspace (copied once per run): one U.S. and one Israeli institution, an action and an initiative.
    const base = createWorkspaceDoc();
    const us = addInstitution(base, { name: 'U.S. agency', side: 'us', kind: 'agency' });
    const israel = addInstitution(base, { name: 'Israeli agency', side: 'israel', kind: 'agency' });
    const action: OwnedTarget = { kind: 'action', id: addAction(base, { title: 'An action' }, AT) };
    const initiative: OwnedTarget = { kind: 'initiative', id: 'AI-1' };
    base.transact(() => initiativesMap(base).set(initiative.id, new Y.Map<unknown>()));
    const copy = () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, bytes(base));
      return doc;
    };
    const institution = fc.constantFrom(us, israel, UNKNOWN);
    const step: fc.Arbitrary<OwnershipStep> = fc.oneof(
      fc.record({ op: fc.constant('lead' as const), institution: fc.option(institution, { nil: null }), person: fc.constant(null) }),
      fc.record({ op: fc.constant('supporting' as const), institution, supporting: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 5 }), fc.constantFrom(initiative, action), (steps, target) => {
        const doc = copy();
        const refused = steps.some((s) => s.institution === UNKNOWN || (s.op === 'lead' && s.institution === israel));
        if (refused) {
          expectRefusedUnchanged(doc, () => setOwnership(doc, target, 'us', steps, AT));
          return;
        }
        const oneByOne = copy();
        for (const s of steps) {
          if (s.op === 'lead') setLead(oneByOne, target, 'us', s.institution, s.person, AT);
          else setSupporting(oneByOne, target, s.institution, s.supporting, AT);
        }
        setOwnership(doc, target, 'us', steps, AT);
        // Both copies write under their own client ids, which the stamps name; the rest must agree.
        const view = (d: Y.Doc) => {
          const { editedBy: _by, ...fields } = recordOf(d, target).toJSON();
          return fields;
        };
        expect(view(doc)).toEqual(view(oneByOne));
      }),
      { numRuns: 100 },
    );
  });
});

describe('resolveConflicts', () => {
  /** An inbox entry over the supporting owners whose other value names an institution the directory lacks. */
  function withSupportingEntry(other: readonly string[]) {
    const doc = seededDoc();
    const key = conflictKey('action', ACTION.id, 'supporting', '1:1>2:1');
    const entry: ConflictEntry = {
      v: 1, record: { kind: 'action', id: ACTION.id }, field: 'supporting', detectedAt: AT.toISOString(),
      current: { value: [], by: '1', at: null },
      other: { value: other, by: '2', at: null },
    };
    conflictsMap(doc).set(key, entry);
    return { doc, key };
  }

  it('a refused last write (an unknown institution) writes neither the others nor the resolution', () => {
    const { doc, key } = withSupportingEntry([US, UNKNOWN]);
    expectRefusedUnchanged(doc, () => resolveConflicts(doc, [key], [US, UNKNOWN], AT));
    expect(conflictResolutionsMap(doc).has(key)).toBe(false);
  });

  it('an accepted choice writes the field and the resolution in one transaction', () => {
    const { doc, key } = withSupportingEntry([US]);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    resolveConflicts(doc, [key], [US], AT);
    expect(updates).toHaveLength(1);
    expect([...(recordOf(doc, ACTION).get('supporting') as Y.Map<unknown>).keys()]).toContain(US);
    expect(conflictResolutionsMap(doc).get(key)).toMatchObject({ choice: 'other' });
  });
});
