import * as Y from 'yjs';
import { isWaitingForMissing } from '../yjs/internals';
import type { Identity } from '../identity/identity';
import { scratchOf } from '../sync/remote-update';
import { proveAndJudge, type GateContext, type GateRule } from '../sync/semantic-gate';
import { deriveActions, type ActionView } from '../workspace/action-view';
import { authorsOfUpdate } from '../workspace/authors';
import { deriveEventDates } from '../workspace/event-dates';
import { deriveInstitutions } from '../workspace/institution-view';
import { deriveInitiativeOwners, derivePeople } from '../workspace/owner-view';
import { RESERVED_CLIENT_IDS } from '../workspace/schema';

/**
 * What an update would change in a workspace, worked out without touching it: the update is
 * integrated into a scratch copy (scratchOf, then the same V1 integration that proves remote
 * updates), and the derived views before and after are compared. The app shows this before a
 * merge; the inspector shows it against a new workspace (the canonical seed alone).
 */
export interface ActionLine {
  readonly id: string;
  readonly title: string;
  /** For a changed action, the fields that differ, in words ("status", "U.S. lead"). */
  readonly fields: readonly string[];
  /** Who last edited it after the change, when the document can say. */
  readonly by: Identity | null;
}

export interface DirectoryLine {
  readonly id: string;
  readonly name: string;
}

export interface BundleSummary {
  /** The workspace holds everything in the update already: merging changes nothing. */
  readonly nothingNew: boolean;
  /**
   * Part of the update builds on changes the workspace lacks. Yjs would hold that part back,
   * invisible and not saved, until the missing changes arrive: the app refuses such a merge.
   */
  readonly waitsForMissing: boolean;
  readonly actionsAdded: readonly ActionLine[];
  readonly actionsChanged: readonly ActionLine[];
  readonly actionsDeleted: readonly ActionLine[];
  readonly institutionsAdded: readonly DirectoryLine[];
  readonly peopleAdded: readonly DirectoryLine[];
  /** Anchor events whose date is set, changed or cleared. */
  readonly eventDatesChanged: readonly string[];
  /** Initiatives whose owners change. */
  readonly initiativesChanged: readonly string[];
  /** The people who wrote what is new to the workspace (resolved against the merged authors). */
  readonly authors: readonly Identity[];
  /** Writers of new content that no valid authors entry names. */
  readonly unattributedWriters: number;
}

/** `rule`: the semantic gate refused the content (a valid update that the workspace's rules forbid). */
export type SummaryResult =
  | { readonly ok: true; readonly summary: BundleSummary }
  | { readonly ok: false; readonly reason: string; readonly rule?: GateRule };

const FIELD_LABELS: ReadonlyArray<readonly [keyof ActionView, string]> = [
  ['title', 'title'],
  ['description', 'description'],
  ['status', 'status'],
  ['tier', 'tier'],
  ['order', 'position'],
  ['initiative', 'initiative'],
  ['usLead', 'U.S. lead'],
  ['usLeadPerson', 'U.S. lead person'],
  ['israelLead', 'Israel lead'],
  ['israelLeadPerson', 'Israel lead person'],
  ['supporting', 'supporting owners'],
  ['dependsOn', 'dependencies'],
  ['due', 'due date'],
];

/**
 * The preview runs the very check the merge runs (proveAndJudge, semantic-gate.ts): a file the
 * merge would refuse is refused here, with the same reason, before anyone is asked to confirm.
 */
export function summarizeChanges(base: Y.Doc, payload: Uint8Array, context: GateContext = {}, origin: unknown = null): SummaryResult {
  const scratch = scratchOf(base);
  try {
    const before = snapshot(scratch);
    const pendingBefore = hasPending(scratch);
    let changed = false;
    scratch.on('update', () => (changed = true));
    const proven = proveAndJudge(scratch, base, payload.slice(), origin, context);
    if (!proven.ok) return proven;
    const after = snapshot(scratch);
    const newContent = Y.diffUpdate(payload, Y.encodeStateVector(base));
    const { authors, unattributed } = writers(scratch, newContent);
    return {
      ok: true,
      summary: {
        nothingNew: !changed,
        waitsForMissing: hasPending(scratch) && !pendingBefore,
        ...compareActions(before.actions, after.actions),
        institutionsAdded: added(before.institutions, after.institutions),
        peopleAdded: added(before.people, after.people),
        eventDatesChanged: changedKeys(before.eventDates, after.eventDates),
        initiativesChanged: changedKeys(before.initiatives, after.initiatives),
        authors,
        unattributedWriters: unattributed,
      },
    };
  } catch (error) {
    return { ok: false, reason: `What the file changes could not be worked out (${error instanceof Error ? error.message : String(error)}).` };
  } finally {
    scratch.destroy();
  }
}

/** Whether a summary lists anything a person would see (the rest is bookkeeping, e.g. authors). */
export function listsChanges(summary: BundleSummary): boolean {
  return [summary.actionsAdded, summary.actionsChanged, summary.actionsDeleted, summary.institutionsAdded, summary.peopleAdded,
    summary.eventDatesChanged, summary.initiativesChanged].some((list) => list.length > 0);
}

function snapshot(doc: Y.Doc) {
  const eventDates = deriveEventDates(doc);
  return {
    actions: new Map(deriveActions(doc).map((view) => [view.id, view])),
    institutions: new Map([...deriveInstitutions(doc)].map(([id, view]) => [id, view.name])),
    people: new Map([...derivePeople(doc)].map(([id, view]) => [id, view.name])),
    eventDates: new Map([...eventDates.dates, ...eventDates.problems].map(([id, value]) => [id, value])),
    initiatives: new Map([...deriveInitiativeOwners(doc)].map(([code, owners]) => [code, JSON.stringify(owners)])),
  };
}

function compareActions(before: ReadonlyMap<string, ActionView>, after: ReadonlyMap<string, ActionView>) {
  const actionsAdded: ActionLine[] = [];
  const actionsChanged: ActionLine[] = [];
  const actionsDeleted: ActionLine[] = [];
  for (const [id, next] of after) {
    const old = before.get(id);
    const line = (fields: readonly string[]): ActionLine => ({ id, title: next.title, fields, by: next.editedBy });
    if (!old) {
      (next.deleted ? actionsDeleted : actionsAdded).push(line([]));
      continue;
    }
    if (next.deleted && !old.deleted) {
      actionsDeleted.push(line([]));
      continue;
    }
    const fields = FIELD_LABELS.filter(([key]) => JSON.stringify(old[key]) !== JSON.stringify(next[key])).map(([, label]) => label);
    if (old.deleted && !next.deleted) fields.unshift('restored');
    if (fields.length > 0) actionsChanged.push(line(fields));
  }
  for (const [id, old] of before) {
    if (!after.has(id)) actionsDeleted.push({ id, title: old.title, fields: [], by: null });
  }
  return { actionsAdded, actionsChanged, actionsDeleted };
}

function added(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): DirectoryLine[] {
  return [...after].filter(([id]) => !before.has(id)).map(([id, name]) => ({ id, name }));
}

function changedKeys(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

function writers(doc: Y.Doc, update: Uint8Array): { authors: Identity[]; unattributed: number } {
  const people = new Map<string, Identity>();
  let unattributed = 0;
  for (const [client, identity] of authorsOfUpdate(doc, update)) {
    if (RESERVED_CLIENT_IDS.has(client)) continue;
    if (!identity) unattributed++;
    else people.set(`${identity.name}\u0000${identity.delegation}\u0000${identity.role}`, identity);
  }
  return { authors: [...people.values()], unattributed };
}

function hasPending(doc: Y.Doc): boolean {
  return isWaitingForMissing(doc);
}
