import * as Y from 'yjs';
import { recordAuthor } from '../../../shared/workspace/authors';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { setActionDue, setActionDeleted } from '../../../shared/workspace/action-edits';
import { moveAction } from '../../../shared/workspace/board';
import { deriveEventDates, setEventDate } from '../../../shared/workspace/event-dates';
import { deriveInstitutions } from '../../../shared/workspace/institution-view';
import { addPerson, setLead } from '../../../shared/workspace/owners';
import { derivePeople } from '../../../shared/workspace/owner-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { buildPlanRecord, type PlanRecord, type RecordScope } from '../../../shared/records/plan-record';
import { loadSeeds } from '../compact/seed-files';

export const compact = loadSeeds();
const seed = buildSeedUpdate(compact);
const eventNames = new Map(compact.events.map((event) => [event.id, event.name]));
export const eventName = (id: string) => eventNames.get(id) ?? id;

export const HEBREW_TITLE = 'פיילוט משותף, "שלב א"';
export const FORMULA_TITLE = '=HYPERLINK("http://evil.example","click")';
export const PIPE_TITLE = 'Compute | data sharing';
export const SIGNING = '2026-09-01';
export const NOW = new Date('2026-10-15T09:30:00Z');
export const TODAY = '2026-10-15';

export interface Fixture {
  readonly doc: Y.Doc;
  readonly ids: { readonly hebrew: string; readonly formula: string; readonly pipe: string; readonly deleted: string };
  readonly person: string;
  record(scope: RecordScope): PlanRecord;
}

/**
 * The seeded workspace, signed on SIGNING, plus actions a record must handle: Hebrew with a comma
 * and quotes (in the first tier, both leads named, one with a person, due inside the window), a
 * formula-looking title (unsequenced), a title with a pipe (appropriations, due after the window),
 * and a deleted one (never in a record).
 */
export function recordFixture(): Fixture {
  const doc = createWorkspaceDoc();
  applySeed(doc, seed);
  recordAuthor(doc, { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' });
  setEventDate(doc, 'compact-signing', SIGNING, new Set(eventNames.keys()));
  const hebrew = addAction(doc, { title: HEBREW_TITLE, tier: 'existing-authority', initiative: 'AI-1' });
  const person = addPerson(doc, { name: 'רונית כהן', institution: 'il-incd' });
  setLead(doc, { kind: 'action', id: hebrew }, 'us', 'us-nist');
  setLead(doc, { kind: 'action', id: hebrew }, 'israel', 'il-incd', person);
  setActionStatus(doc, hebrew, 'agreed');
  const events = new Map(compact.events.map((event) => [event.id, event.name]));
  setActionDue(doc, hebrew, { kind: 'after-event', event: 'compact-signing', offset: { amount: 60, unit: 'days' } }, events);
  const formula = addAction(doc, { title: FORMULA_TITLE });
  const pipe = addAction(doc, { title: PIPE_TITLE, tier: 'appropriations' });
  setActionDue(doc, pipe, { kind: 'after-event', event: 'compact-signing', offset: { amount: 6, unit: 'months' } }, events);
  const deleted = addAction(doc, { title: 'Withdrawn idea', tier: 'existing-authority' });
  setActionDeleted(doc, deleted, true);
  // Moved to the top of its tier, so the record's order (the board's) is visible in tests.
  moveAction(doc, hebrew, 'existing-authority', 0);
  return {
    doc,
    ids: { hebrew, formula, pipe, deleted },
    person,
    record: (scope) =>
      buildPlanRecord({
        scope,
        actions: deriveActions(doc),
        institutions: deriveInstitutions(doc),
        people: derivePeople(doc),
        eventDates: deriveEventDates(doc).dates,
        eventName,
        generatedAt: NOW,
        today: TODAY,
        preparedBy: 'Dana Levi (Israel, note-taker)',
        discrepancySubject: (id) => compact.discrepancies.find((entry) => entry.id === id)?.subject,
      }),
  };
}
