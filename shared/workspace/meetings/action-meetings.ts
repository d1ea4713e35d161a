/**
 * Where an action was discussed and decided: the meetings whose agenda links it, and the decisions
 * that created or change it (its `decision` field names the one that created it; a change naming
 * it is one that changes it). Derived from the meetings views alone, so the action's panel follows
 * a colleague's agenda link or decision as soon as it arrives.
 */
import type { MeetingsView, MeetingView } from './meeting-view';
import type { PlanChange } from './plan-changes';

export interface ActionDecisionEntry {
  readonly id: string;
  /** "D2", as the meeting page numbers it. */
  readonly number: string;
  readonly text: string;
  /** The decision's changes that concern this action (the create-action change for its creator). */
  readonly changes: readonly PlanChange[];
  readonly created: boolean;
  readonly applied: boolean;
}

export interface ActionMeetingEntry {
  readonly meeting: MeetingView;
  /** Titles of the agenda items that link the action, in agenda order. */
  readonly agendaItems: readonly string[];
  readonly decisions: readonly ActionDecisionEntry[];
}

/** The live meetings touching `actionId`, soonest first (the meetings list's order). */
export function actionMeetings(view: MeetingsView, actionId: string, createdByDecision: string | null): readonly ActionMeetingEntry[] {
  const entries: ActionMeetingEntry[] = [];
  for (const meeting of view.meetings) {
    if (meeting.deleted) continue;
    const agendaItems = (view.agenda.get(meeting.id) ?? [])
      .filter((item) => item.links.some((link) => link.kind === 'action' && link.id === actionId))
      .map((item) => item.title);
    const decisions: ActionDecisionEntry[] = [];
    (view.decisions.get(meeting.id) ?? []).forEach((decision, index) => {
      const created = decision.id === createdByDecision;
      const changes = decision.changes.filter((change) => (change.op === 'create-action' ? created : change.action === actionId));
      if (!created && changes.length === 0) return;
      decisions.push({ id: decision.id, number: `D${index + 1}`, text: decision.text, changes, created, applied: decision.appliedAt !== null });
    });
    if (agendaItems.length > 0 || decisions.length > 0) entries.push({ meeting, agendaItems, decisions });
  }
  return entries;
}
