import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NO_FILTER, actionMatcher, actionMatches, actionSearchText, type PlanFilter } from '../../../shared/plan/action-filter';
import { addInstitution, setLead } from '../../../shared/workspace/owners';
import { deriveActions } from '../../../shared/workspace/action-view';
import { editActionDescription } from '../../../shared/workspace/action-edits';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { deriveInstitutions } from '../../../shared/workspace/institution-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { loadSeeds } from '../compact/seed-files';

const compact = loadSeeds();
const seed = buildSeedUpdate(compact);

function seeded(): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, seed);
  return doc;
}

/** Ids of the live actions the filter lets through. */
function shown(doc: Y.Doc, filter: Partial<PlanFilter>): string[] {
  const directory = deriveInstitutions(doc);
  return deriveActions(doc)
    .filter((action) => !action.deleted && actionMatches(action, { ...NO_FILTER, ...filter }, compact, directory))
    .map((action) => action.id);
}

describe('searching and filtering the plan', () => {
  it('lets everything through with no criteria', () => {
    expect(shown(seeded(), {})).toHaveLength(compact.plan.length);
  });

  it('finds Hebrew titles and descriptions, with or without vowel points, and English ones case-insensitively', () => {
    const doc = seeded();
    const hebrew = addAction(doc, { title: 'תוכנית עבודה משותפת לקוונטים' });
    const described = addAction(doc, { title: 'Joint review' });
    editActionDescription(doc, described, 'סיכום הדיון בשָׁלוֹם');
    expect(shown(doc, { text: 'משותפת' })).toEqual([hebrew]);
    expect(shown(doc, { text: 'שלום' })).toEqual([described]);
    expect(shown(doc, { text: 'KIRYAT gat' })).toEqual(['plan-s1a-commission-feasibility-study']);
  });

  it('matches initiative codes and owner names, every word required', () => {
    const doc = seeded();
    expect(shown(doc, { text: 'cm-2' })).toEqual(['plan-cm2-runway-analysis']);
    expect(shown(doc, { text: 'Privacy Protection Authority' })).toEqual(['plan-ai2-data-governance-negotiations']);
    expect(shown(doc, { text: 'NIST INCD' })).toEqual(['plan-q2-pqc-testbed']);
  });

  it('filters by owner, side, tier (and the unsequenced), status and domain, and combines them', () => {
    const doc = seeded();
    const own = addAction(doc, { title: 'Ours' });
    setActionStatus(doc, own, 'agreed');
    expect(shown(doc, { owner: 'us-nist' }).sort()).toEqual(['plan-ai-nist-sii-recognition', 'plan-ai2-data-governance-negotiations', 'plan-q2-pqc-testbed']);
    expect(shown(doc, { side: 'israel' })).not.toContain('plan-x4-export-control-channel');
    expect(shown(doc, { side: 'israel' })).toContain('plan-q2-pqc-testbed');
    expect(shown(doc, { tier: 'unsequenced' })).toEqual([own]);
    expect(shown(doc, { tier: 'feasibility-review' })).toHaveLength(3);
    expect(shown(doc, { status: 'agreed' })).toEqual([own]);
    expect(shown(doc, { domain: 'quantum' })).toHaveLength(7);
    expect(shown(doc, { domain: 'funding' })).toHaveLength(3);
    expect(shown(doc, { domain: 'quantum', tier: 'appropriations' }).sort()).toEqual(['plan-q1-first-fund-grants', 'plan-q1-quantum-fund']);
    expect(shown(doc, { domain: 'quantum', tier: 'appropriations', status: 'done' })).toEqual([]);
  });
});

describe('owners the delegations assigned', () => {
  it('count for initiatives (owner, side, text) and named persons are searchable', async () => {
    const { recommendationMatches, actionMatches: matches, NO_FILTER: none } = await import('../../../shared/plan/action-filter');
    const { deriveInstitutions } = await import('../../../shared/workspace/institution-view');
    const { deriveInitiativeOwners, derivePeople } = await import('../../../shared/workspace/owner-view');
    const { addPerson, setLead } = await import('../../../shared/workspace/owners');
    const { createWorkspaceDoc: create } = await import('../../../shared/workspace/schema');
    const { applySeed: seedIt, buildSeedUpdate: build } = await import('../../../shared/workspace/seed-update');
    const { loadSeeds: load } = await import('../compact/seed-files');
    const { deriveActions: derive } = await import('../../../shared/workspace/action-view');
    const data = load();
    const doc = create();
    seedIt(doc, build(data));
    const person = addPerson(doc, { name: 'Yael Mizrahi', institution: 'il-iaec' });
    setLead(doc, { kind: 'initiative', id: 'X-1' }, 'israel', 'il-iaec', person);
    setLead(doc, { kind: 'action', id: 'plan-x3-recognition-list' }, 'israel', 'il-iaec', person);
    const directory = deriveInstitutions(doc);
    const owners = deriveInitiativeOwners(doc);
    const people = derivePeople(doc);
    const x1 = data.recommendations.find((rec) => rec.code === 'X-1')!;
    expect(recommendationMatches(x1, { ...none, owner: 'il-iaec' }, directory)).toBe(false);
    expect(recommendationMatches(x1, { ...none, owner: 'il-iaec' }, directory, owners.get('X-1'), people)).toBe(true);
    expect(recommendationMatches(x1, { ...none, side: 'israel' }, directory, owners.get('X-1'), people)).toBe(true);
    expect(recommendationMatches(x1, { ...none, text: 'mizrahi' }, directory, owners.get('X-1'), people)).toBe(true);
    const action = derive(doc).find((view) => view.id === 'plan-x3-recognition-list')!;
    expect(matches(action, { ...none, text: 'yael' }, data, directory, people)).toBe(true);
    expect(matches(action, { ...none, text: 'yael' }, data, directory)).toBe(false);
  });
});

describe('the search text kept per action', () => {
  it('is folded once per action view, and again only for an action that changed', () => {
    const doc = seeded();
    const id = addAction(doc, { title: 'Quantum testbed' });
    const directory = deriveInstitutions(doc);
    const before = deriveActions(doc);
    const action = before.find((view) => view.id === id)!;
    const text = actionSearchText(action, directory);
    expect(text).toContain('quantum testbed');
    expect(actionSearchText(action, directory)).toBe(text);
    editActionDescription(doc, id, 'Negev pilot');
    const after = deriveActions(doc, before, new Set([id])).find((view) => view.id === id)!;
    expect(after).not.toBe(action);
    expect(actionSearchText(after, directory)).toContain('negev pilot');
    const filter = { ...NO_FILTER, text: 'NEGEV' };
    expect(actionMatcher(filter, compact, directory)(after)).toBe(true);
    expect(actionMatcher(filter, compact, directory)(action)).toBe(false);
  });

  it('follows the directory: an owner found by a name the directory gives it now', () => {
    const doc = seeded();
    const id = addAction(doc, { title: 'Plain title' });
    setLead(doc, { kind: 'action', id }, 'israel', addInstitution(doc, { name: 'Negev Quantum Center', shortName: 'NQC', side: 'israel', kind: 'lab' }));
    const action = deriveActions(doc).find((view) => view.id === id)!;
    const filter = { ...NO_FILTER, text: 'nqc' };
    expect(actionMatcher(filter, compact, new Map())(action)).toBe(false);
    expect(actionMatcher(filter, compact, deriveInstitutions(doc))(action)).toBe(true);
  });
});
