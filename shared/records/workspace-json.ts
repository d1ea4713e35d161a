/**
 * The whole workspace as one JSON file: every derived record as the app reads it (actions with
 * every field, deleted ones and their problems included; the owner directory; people; initiative
 * owners; anchor-event dates; who wrote under each client id), for other tools and for reading,
 * plus the raw Yjs state (a full V1 update, base64, with its CRC-32) so nothing is lost: the
 * derived part is a reading of the state, the state is the workspace.
 *
 * Everything is derived from the document here rather than taken from the UI's views, so the file
 * always matches the state it carries.
 */
import * as Y from 'yjs';
import { toBase64 } from 'lib0/buffer';
import { encodeUtf8 } from 'lib0/string';
import { crc32 } from '../persistence/crc32';
import { scheduleOf, windowEnd, SIGNING_EVENT } from '../plan/schedule';
import type { Identity } from '../identity/identity';
import { deriveActions, type ActionView } from '../workspace/action-view';
import { authorOf } from '../workspace/authors';
import { deriveEventDates } from '../workspace/event-dates';
import { deriveInstitutions, type InstitutionView } from '../workspace/institution-view';
import { deriveInitiativeOwners, derivePeople, type OwnersView, type PersonView } from '../workspace/owner-view';
import { authorsMap } from '../workspace/schema';

export const WORKSPACE_EXPORT_FORMAT = 'tandem-workspace';
export const WORKSPACE_EXPORT_VERSION = 1;

export interface ExportedAction extends ActionView {
  /** Where the action stands in time on the export day (shared/plan/schedule.ts). */
  readonly schedule: { readonly dueDay: string | null; readonly overdue: boolean; readonly window: string };
}

export interface WorkspaceExport {
  readonly format: typeof WORKSPACE_EXPORT_FORMAT;
  readonly version: typeof WORKSPACE_EXPORT_VERSION;
  readonly exportedAt: string;
  readonly workspaceId: string;
  readonly exportedBy: Identity | null;
  readonly signingDate: string | null;
  readonly windowEnd: string | null;
  readonly counts: { readonly actions: number; readonly liveActions: number; readonly institutions: number; readonly people: number };
  readonly actions: readonly ExportedAction[];
  readonly institutions: readonly InstitutionView[];
  readonly people: readonly PersonView[];
  readonly initiativeOwners: Readonly<Record<string, OwnersView>>;
  readonly eventDates: { readonly dates: Readonly<Record<string, string>>; readonly problems: Readonly<Record<string, string>> };
  /** Yjs client id → the person who wrote under it, where the claim checks out (authors.ts). */
  readonly authors: Readonly<Record<string, Identity | null>>;
  readonly state: { readonly encoding: 'yjs-update-v1-base64'; readonly data: string; readonly crc32: number; readonly bytes: number };
}

export interface WorkspaceExportOptions {
  readonly workspaceId: string;
  readonly exportedAt: Date;
  readonly today: string;
  readonly exportedBy: Identity | null;
}

export function buildWorkspaceExport(doc: Y.Doc, options: WorkspaceExportOptions): WorkspaceExport {
  const actions = deriveActions(doc);
  const institutions = deriveInstitutions(doc);
  const eventDates = deriveEventDates(doc);
  const people = derivePeople(doc);
  const state = Y.encodeStateAsUpdate(doc);
  const authors: Record<string, Identity | null> = {};
  for (const key of [...authorsMap(doc).keys()].sort()) authors[key] = authorOf(doc, key);
  return {
    format: WORKSPACE_EXPORT_FORMAT,
    version: WORKSPACE_EXPORT_VERSION,
    exportedAt: options.exportedAt.toISOString(),
    workspaceId: options.workspaceId,
    exportedBy: options.exportedBy,
    signingDate: eventDates.dates.get(SIGNING_EVENT) ?? null,
    windowEnd: windowEnd(eventDates.dates),
    counts: {
      actions: actions.length,
      liveActions: actions.filter((action) => !action.deleted).length,
      institutions: institutions.size,
      people: people.size,
    },
    actions: actions.map((action) => {
      const schedule = scheduleOf(action, eventDates.dates, options.today);
      return { ...action, schedule: { dueDay: schedule.due, overdue: schedule.overdue, window: schedule.window } };
    }),
    institutions: [...institutions.values()],
    people: [...people.values()],
    initiativeOwners: Object.fromEntries(deriveInitiativeOwners(doc)),
    eventDates: { dates: Object.fromEntries(eventDates.dates), problems: Object.fromEntries(eventDates.problems) },
    authors,
    state: { encoding: 'yjs-update-v1-base64', data: toBase64(state), crc32: crc32(state), bytes: state.byteLength },
  };
}

export function encodeWorkspaceExport(file: WorkspaceExport): Uint8Array {
  return encodeUtf8(`${JSON.stringify(file, null, 2)}\n`);
}
