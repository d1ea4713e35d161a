/**
 * One change to several actions at once (the plan list's "N selected" bar): the same status,
 * tier or lead for every selected action. All or none, as ownership.ts: every action is checked
 * before the first is written, so one missing, deleted or wrong-side target refuses the whole
 * change and nothing is written; then all are written in one LOCAL_ORIGIN transaction, which the
 * undo manager keeps as one step (the caller isolates it from its neighbours).
 */
import type * as Y from 'yjs';
import { TIERS, type Side, type Tier } from '../compact/types';
import { OperationError, applyPlanned, planActionStatus, requireAction, type PlannedEdit } from './actions';
import type { ActionStatus } from './action-status';
import { planMove } from './board';
import { laneEntries, tierOf } from './lanes';
import { planLead } from './owners';
import { ACTION_FIELDS as F, OWNER_FIELDS as O } from './schema';

export type BulkChange =
  | { readonly field: 'status'; readonly status: ActionStatus }
  | { readonly field: 'tier'; readonly tier: Tier | null }
  /** `institution` null clears the lead. */
  | { readonly field: 'lead'; readonly side: Side; readonly institution: string | null };

export const MAX_BULK = 10_000;
export const EMPTY_SELECTION = 'Select at least one action.';

export function bulkEditActions(doc: Y.Doc, ids: readonly string[], change: BulkChange, now: Date = new Date()): void {
  const targets = [...new Set(ids)];
  if (targets.length === 0) throw new OperationError(EMPTY_SELECTION);
  if (targets.length > MAX_BULK) throw new OperationError(`At most ${MAX_BULK.toLocaleString('en-US')} actions can be changed at once.`, { id: 'bulkMax', values: { max: MAX_BULK } });
  for (const id of targets) {
    if (requireAction(doc, id).get(F.deleted) === true) throw new OperationError('A deleted action is selected; restore it or leave it out.', { id: 'deletedSelected' });
  }
  applyPlanned(doc, plan(doc, targets, change, now));
}

function plan(doc: Y.Doc, ids: readonly string[], change: BulkChange, now: Date): PlannedEdit[] {
  switch (change.field) {
    case 'status':
      return ids.map((id) => planActionStatus(doc, id, change.status, now));
    case 'lead':
      return ids.map((id) => {
        // The same institution again keeps the person named there; another one names nobody yet.
        const record = requireAction(doc, id);
        const [leadField, personField] = change.side === 'us' ? [O.usLead, O.usLeadPerson] : [O.israelLead, O.israelLeadPerson];
        const kept = change.institution !== null && record.get(leadField) === change.institution ? record.get(personField) : null;
        return planLead(doc, { kind: 'action', id }, change.side, change.institution, typeof kept === 'string' ? kept : null, now);
      });
    case 'tier':
      return planTier(doc, ids, change.tier, now);
  }
}

/**
 * Each moved action goes to the end of its new lane, in the order given. A move's order key is
 * computed from the lane as it stands, so each is planned (checked) now and planned again when
 * applied, after the moves before it: otherwise every moved action would get the same end key.
 */
function planTier(doc: Y.Doc, ids: readonly string[], tier: Tier | null, now: Date): PlannedEdit[] {
  if (tier !== null && !TIERS.includes(tier)) throw new OperationError(`Unknown tier "${String(tier)}".`);
  const moving = ids.filter((id) => tierOf(requireAction(doc, id)) !== tier);
  for (const id of moving) planMove(doc, id, tier, laneEntries(doc, tier, id).length, now);
  return moving.map((id) => () => planMove(doc, id, tier, laneEntries(doc, tier, id).length, now)());
}
