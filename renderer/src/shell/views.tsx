import type { ReactNode } from 'react';
import {
  ArrowLeftRight, BookOpen, CalendarClock, CalendarDays, CalendarRange, Eye, FileText, GitMerge, Landmark, ListTodo, Radio, Scale, ScrollText, Target, Users,
  type LucideIcon,
} from 'lucide-react';
import { AuditScreen } from '../features/audit/AuditScreen';
import { SyncFilesScreen } from '../features/bundle/SyncFilesScreen';
import { CompactScreen } from '../features/compact/CompactScreen';
import { DiscrepanciesScreen } from '../features/compact/DiscrepanciesScreen';
import { FundingScreen } from '../features/compact/FundingScreen';
import { KeyDatesScreen } from '../features/compact/KeyDatesScreen';
import { MeasuresScreen } from '../features/compact/MeasuresScreen';
import { ConflictBadge } from '../features/conflicts/ConflictBadge';
import { ConflictsScreen } from '../features/conflicts/ConflictsScreen';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { OwnersScreen } from '../features/owners/OwnersScreen';
import { PlanListScreen } from '../features/plan-list/PlanListScreen';
import { RecordsScreen } from '../features/records/RecordsScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { SessionScreen } from '../features/sync/SessionScreen';
import { TimelineScreen } from '../features/timeline/TimelineScreen';

/** The sidebar's groups, in order: what job a view serves. */
export const GROUPS = {
  work: 'Work',
  compact: 'The compact',
  together: 'Together',
  records: 'Records',
} as const;

export type GroupId = keyof typeof GROUPS;

interface ViewEntry {
  /** The name in the sidebar, the palette and the main landmark; tests find views by it. */
  readonly label: string;
  readonly group: GroupId;
  readonly icon: LucideIcon;
  /** One line that says what the view is for (top bar, help, palette). */
  readonly hint: string;
  /** Shows the plan's search and filter bar above the view. */
  readonly filtered: boolean;
  readonly render: () => ReactNode;
  /** A live count beside the name (the open conflicts). */
  readonly badge?: () => ReactNode;
}

/**
 * Every view, one line each, in sidebar order within its group. The key is the view's id and
 * its URL (`#/<id>`), so it is lower-case and hyphenated; adding a view is adding one entry.
 */
export const VIEWS = {
  plan: { label: 'Plan', group: 'work', icon: ListTodo, hint: 'Every action on one line: status, leads, due date and tier, edited in place', filtered: true, render: () => <PlanListScreen /> },
  owners: { label: 'Owners', group: 'work', icon: Users, hint: 'Who leads and supports each action, on both sides', filtered: true, render: () => <OwnersScreen /> },
  timeline: { label: 'Timeline', group: 'work', icon: CalendarRange, hint: 'Every dated action in order, with the 90-day window', filtered: true, render: () => <TimelineScreen /> },
  meetings: { label: 'Meetings', group: 'work', icon: CalendarDays, hint: 'Working sessions: agenda, attendance, minutes written together, decisions', filtered: false, render: () => <MeetingsScreen /> },
  compact: { label: 'Compact', group: 'compact', icon: BookOpen, hint: 'The initiatives of the compact, with their sources', filtered: false, render: () => <CompactScreen /> },
  dates: { label: 'Key dates', group: 'compact', icon: CalendarClock, hint: 'Anchor events: enter a date and every deadline follows', filtered: false, render: () => <KeyDatesScreen /> },
  funding: { label: 'Funding', group: 'compact', icon: Landmark, hint: 'Each side’s commitments and the computed totals', filtered: false, render: () => <FundingScreen /> },
  measures: { label: 'Steps & measures', group: 'compact', icon: Target, hint: 'The Five First Steps, the benchmarks and the metrics', filtered: false, render: () => <MeasuresScreen /> },
  discrepancies: { label: 'Discrepancies', group: 'compact', icon: Scale, hint: 'Where the compact disagrees with itself, to resolve together', filtered: false, render: () => <DiscrepanciesScreen /> },
  session: { label: 'Session', group: 'together', icon: Radio, hint: 'Host or join a live session on the room’s network', filtered: false, render: () => <SessionScreen /> },
  'sync-files': { label: 'Sync files', group: 'together', icon: ArrowLeftRight, hint: 'Carry changes across an air gap in a file', filtered: false, render: () => <SyncFilesScreen /> },
  review: { label: 'Review', group: 'together', icon: Eye, hint: 'What changed since your last review, and who changed it', filtered: false, render: () => <ReviewScreen /> },
  conflicts: { label: 'Conflicts', group: 'together', icon: GitMerge, hint: 'Concurrent edits that need a decision', filtered: false, render: () => <ConflictsScreen />, badge: () => <ConflictBadge /> },
  audit: { label: 'Audit', group: 'together', icon: ScrollText, hint: 'Every change on this laptop, with its author', filtered: false, render: () => <AuditScreen /> },
  records: { label: 'Records', group: 'records', icon: FileText, hint: 'Export the plan as PDF, Word, CSV or Markdown; backups', filtered: false, render: () => <RecordsScreen /> },
} as const satisfies Record<string, ViewEntry>;

export type ViewId = keyof typeof VIEWS;

export const DEFAULT_VIEW: ViewId = 'plan';

export const VIEW_IDS = Object.keys(VIEWS) as ViewId[];

export function isViewId(id: string | null | undefined): id is ViewId {
  return typeof id === 'string' && Object.hasOwn(VIEWS, id);
}

export function viewEntry(id: ViewId): ViewEntry {
  return VIEWS[id];
}

/** The views of each group, groups in GROUPS order and views in VIEWS order; empty groups left out. */
export function viewsByGroup(): readonly { readonly group: GroupId; readonly label: string; readonly views: readonly ViewId[] }[] {
  return (Object.keys(GROUPS) as GroupId[])
    .map((group) => ({ group, label: GROUPS[group], views: VIEW_IDS.filter((id) => VIEWS[id].group === group) }))
    .filter((entry) => entry.views.length > 0);
}
