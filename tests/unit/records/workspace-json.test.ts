import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { crc32 } from '../../../shared/persistence/crc32';
import { buildWorkspaceExport, encodeWorkspaceExport } from '../../../shared/records/workspace-json';
import { deriveActions } from '../../../shared/workspace/action-view';
import { deriveEventDates } from '../../../shared/workspace/event-dates';
import { deriveInstitutions } from '../../../shared/workspace/institution-view';
import { deriveInitiativeOwners, derivePeople } from '../../../shared/workspace/owner-view';
import { actionsMap, createWorkspaceDoc, initiativesMap, institutionsMap, peopleMap } from '../../../shared/workspace/schema';
import { HEBREW_TITLE, NOW, recordFixture, TODAY } from './record-fixture';

const DANA = { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' } as const;

function exported(doc: Y.Doc) {
  const bytes = encodeWorkspaceExport(buildWorkspaceExport(doc, { workspaceId: 'default', exportedAt: NOW, today: TODAY, exportedBy: DANA }));
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

describe('the workspace as JSON', () => {
  it('holds every record of every collection, with every field of each action, deleted ones included', () => {
    const { doc, ids, person } = recordFixture();
    const file = exported(doc);
    expect(file).toMatchObject({ format: 'tandem-workspace', version: 1, exportedAt: NOW.toISOString(), workspaceId: 'default', exportedBy: DANA });
    expect(file.actions.map((a: { id: string }) => a.id).sort()).toEqual([...actionsMap(doc).keys()].sort());
    // Every field of the derived view, as the app reads it (JSON drops nothing but undefined).
    const views = deriveActions(doc);
    expect(file.actions.map(({ schedule: _s, ...rest }: { schedule: unknown }) => rest)).toEqual(JSON.parse(JSON.stringify(views)));
    const hebrew = file.actions.find((a: { id: string }) => a.id === ids.hebrew);
    expect(hebrew).toMatchObject({
      title: HEBREW_TITLE, usLead: 'us-nist', israelLead: 'il-incd', israelLeadPerson: person, status: 'agreed',
      tier: 'existing-authority', initiative: 'AI-1', createdBy: DANA, schedule: { dueDay: '2026-10-31', overdue: false, window: 'inside' },
    });
    expect(file.actions.find((a: { id: string }) => a.id === ids.deleted).deleted).toBe(true);
    expect(file.counts).toEqual({ actions: views.length, liveActions: views.length - 1, institutions: institutionsMap(doc).size, people: peopleMap(doc).size });
    expect(file.institutions).toEqual(JSON.parse(JSON.stringify([...deriveInstitutions(doc).values()])));
    expect(file.people).toEqual([{ id: person, name: 'רונית כהן', institution: 'il-incd' }]);
    expect(Object.keys(file.initiativeOwners).sort()).toEqual([...initiativesMap(doc).keys()].sort());
    expect(file.initiativeOwners).toEqual(JSON.parse(JSON.stringify(Object.fromEntries(deriveInitiativeOwners(doc)))));
    expect(file.eventDates).toEqual({ dates: { 'compact-signing': '2026-09-01' }, problems: {} });
    expect(file.signingDate).toBe('2026-09-01');
    expect(file.windowEnd).toBe('2026-11-30');
    expect(Object.values(file.authors)).toContainEqual(DANA);
  });

  it('carries the raw Yjs state, checksummed, from which the same workspace comes back', () => {
    const { doc } = recordFixture();
    const file = exported(doc);
    const state = new Uint8Array(Buffer.from(file.state.data, 'base64'));
    expect(file.state).toMatchObject({ encoding: 'yjs-update-v1-base64', crc32: crc32(state), bytes: state.byteLength });
    const copy = createWorkspaceDoc();
    Y.applyUpdate(copy, state);
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(doc));
    expect(deriveActions(copy)).toEqual(deriveActions(doc));
    expect(derivePeople(copy)).toEqual(derivePeople(doc));
    expect(deriveEventDates(copy)).toEqual(deriveEventDates(doc));
  });

  it('lists an unreadable record with its problem rather than dropping it', () => {
    const { doc } = recordFixture();
    doc.transact(() => actionsMap(doc).set('broken', 'not a record'));
    const broken = exported(doc).actions.find((a: { id: string }) => a.id === 'broken');
    expect(broken.problems).toEqual(['The record is not an action (found string).']);
  });
});
