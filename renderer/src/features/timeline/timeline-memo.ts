/**
 * deriveTimeline remembered for its last inputs, across mounts of the view. Every input is shared
 * structurally by the store (the action list is the store's own array when nothing is filtered),
 * so switching back to the Timeline with the plan unchanged derives nothing: at 5,000 actions a
 * derivation (schedules, the dependency analysis, grouping) costs tens of milliseconds.
 */
import type { EventDates } from '../../../../shared/compact/deadlines';
import type { CompactData } from '../../../../shared/compact/types';
import { deriveTimeline, type Timeline, type TimelineGrouping } from '../../../../shared/plan/timeline';
import type { ActionView } from '../../../../shared/workspace/action-view';

type Inputs = readonly [readonly ActionView[], CompactData, EventDates, string, TimelineGrouping, readonly ActionView[]];

let last: { readonly inputs: Inputs; readonly timeline: Timeline } | null = null;

export function rememberedTimeline(...inputs: Inputs): Timeline {
  if (last && last.inputs.every((value, index) => value === inputs[index])) return last.timeline;
  const timeline = deriveTimeline(...inputs);
  last = { inputs, timeline };
  return timeline;
}
