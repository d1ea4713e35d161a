import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import { SIGNING_EVENT } from '../../../shared/plan/schedule';
import { storeWorkspaceUpdate } from './raw-db';
import { crc32 } from '../../../shared/persistence/crc32';
import { setActionDue } from '../../../shared/workspace/action-edits';
import { addAction } from '../../../shared/workspace/actions';
import { addDependency } from '../../../shared/workspace/dependencies';
import { setEventDate } from '../../../shared/workspace/event-dates';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { loadSeeds } from '../../unit/compact/seed-files';

export interface BulkActions {
  readonly count: number;
  readonly title: (index: number) => string;
  readonly initiative?: string;
  /** Days after signing each is due; null leaves it undated. Absent: all undated. */
  readonly dueDays?: (index: number) => number | null;
  /** Each waits for the one before it (a dependency chain: the critical path once dated). */
  readonly chained?: boolean;
}

export interface LargePlan {
  /** The date of Compact signing, if the plan sets one. */
  readonly signing?: string;
  readonly actions: readonly BulkActions[];
}

/**
 * Writes a plan larger than anyone would type into the page's IndexedDB, as one stored update on
 * top of the seed (the way the app stores a workspace that grew over many sessions), so the next
 * load shows it. Built with the model's own operations; call it once the app has opened (the
 * database exists), then reload.
 */
export async function storeLargePlan(page: Page, plan: LargePlan): Promise<void> {
  const compact = loadSeeds();
  const doc = createWorkspaceDoc();
  applySeed(doc, buildSeedUpdate(compact));
  const before = Y.encodeStateVector(doc);
  const events = new Map(compact.events.map((event) => [event.id, event.name]));
  if (plan.signing) setEventDate(doc, SIGNING_EVENT, plan.signing, new Set(events.keys()));
  for (const bulk of plan.actions) {
    let previous: string | null = null;
    for (let i = 0; i < bulk.count; i++) {
      const id = addAction(doc, { title: bulk.title(i), ...(bulk.initiative ? { initiative: bulk.initiative } : {}) });
      const days = bulk.dueDays?.(i) ?? null;
      if (days !== null) setActionDue(doc, id, { kind: 'after-event', event: SIGNING_EVENT, offset: { amount: days, unit: 'days' } }, events);
      if (bulk.chained && previous) addDependency(doc, id, previous);
      previous = id;
    }
  }
  const update = Y.encodeStateAsUpdate(doc, before);
  await storeWorkspaceUpdate(page, update, crc32(update));
}
