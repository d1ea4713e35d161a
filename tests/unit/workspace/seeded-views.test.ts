import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction } from '../../../shared/workspace/actions';
import { deriveInstitutions, institutionLabel } from '../../../shared/workspace/institution-view';
import { actionsMap, createWorkspaceDoc, institutionsMap } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { loadSeeds } from '../compact/seed-files';

const compact = loadSeeds();
const seed = buildSeedUpdate(compact);

describe('views of the seeded workspace', () => {
  it('show each draft with its tier, initiative, leads, deadline and source, marked as from the compact', () => {
    const doc = createWorkspaceDoc();
    applySeed(doc, seed);
    const draft = compact.plan.find((action) => action.id === 'plan-ai1-first-challenge-call')!;
    const view = deriveActions(doc).find((action) => action.id === draft.id)!;
    expect(view).toMatchObject({
      fromSeed: true, tier: 'existing-authority', initiative: 'AI-1', usLead: 'us-caisi', israelLead: 'il-incd',
      due: draft.deadline, source: draft.source, tierSource: draft.tierPassage, problems: [],
    });
    const own = addAction(doc, { title: 'Ours' });
    expect(deriveActions(doc).find((action) => action.id === own)).toMatchObject({ fromSeed: false, tier: null, due: null });
  });

  it('report a draft whose fields a peer broke, instead of trusting them', () => {
    const doc = createWorkspaceDoc();
    applySeed(doc, seed);
    const peer = createWorkspaceDoc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const record = actionsMap(peer).get('plan-ai1-first-challenge-call') as Y.Map<unknown>;
    peer.transact(() => {
      record.set('due', { kind: 'within', phrase: 'soon', event: 'compact-signing' });
      record.set('tier', 'someday');
      record.set('usLead', 7);
    });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const view = deriveActions(doc).find((action) => action.id === 'plan-ai1-first-challenge-call')!;
    expect(view.due).toBeNull();
    expect(view.tier).toBeNull();
    expect(view.usLead).toBeNull();
    expect(view.problems.join('\n')).toMatch(/Unknown tier "someday"/);
    expect(view.problems.join('\n')).toMatch(/due date is not readable: eventStated is missing/);
    expect(view.problems.join('\n')).toMatch(/U\.S\. lead is not readable \(found number\)/);
  });

  it('read the owner directory defensively and label owners by short name', () => {
    const doc = createWorkspaceDoc();
    applySeed(doc, seed);
    doc.transact(() => institutionsMap(doc).set('broken', 'not a record'));
    const directory = deriveInstitutions(doc);
    expect(institutionLabel(directory, 'us-nist')).toBe('NIST');
    expect(institutionLabel(directory, 'il-technion')).toBe('Technion');
    expect(institutionLabel(directory, 'nowhere')).toBe('nowhere (not in the directory)');
    expect(directory.get('broken')?.problems).toEqual(['The record is not an institution.']);
    expect(deriveInstitutions(doc, directory)).toBe(directory);
  });
});

describe('hostile values from a peer', () => {
  it('an unknown tag that names an Object.prototype member is reported, never thrown', () => {
    for (const kind of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const doc = createWorkspaceDoc();
      applySeed(doc, seed);
      const record = actionsMap(doc).get('plan-ai1-first-challenge-call') as Y.Map<unknown>;
      doc.transact(() => record.set('due', { kind }));
      const view = deriveActions(doc).find((action) => action.id === 'plan-ai1-first-challenge-call')!;
      expect(view.due, kind).toBeNull();
      expect(view.problems.join(' '), kind).toMatch(/due date is not readable/);
    }
  });

  it('binary data where a source belongs is refused without walking it', () => {
    const doc = createWorkspaceDoc();
    applySeed(doc, seed);
    const record = actionsMap(doc).get('plan-ai1-first-challenge-call') as Y.Map<unknown>;
    doc.transact(() => record.set('source', new Uint8Array(2_000_000)));
    const view = deriveActions(doc).find((action) => action.id === 'plan-ai1-first-challenge-call')!;
    expect(view.source).toBeNull();
    expect(view.problems.join(' ')).toMatch(/source is not readable: value expected an object, found binary data/);
    // A walk of its 2M keys would list 2M unknown fields; one problem shows it was refused whole.
    expect(view.problems).toHaveLength(1);
  });
});
