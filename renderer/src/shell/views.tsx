import type { ReactNode } from 'react';
import {
  ArrowLeftRight, BookOpen, CalendarClock, CalendarDays, CalendarRange, Columns3, Eye, FileText, GitMerge, Landmark, ListTodo, Radio, Scale, ScrollText, Target, Users,
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
import { BoardScreen } from '../features/board/BoardScreen';
import { PlanListScreen } from '../features/plan-list/PlanListScreen';
import { RecordsScreen } from '../features/records/RecordsScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { SessionScreen } from '../features/sync/SessionScreen';
import { TimelineScreen } from '../features/timeline/TimelineScreen';

/** The sidebar's groups, in order: what job a view serves. Names are messages `group.<id>`. */
export const GROUPS = ['work', 'compact', 'together', 'records'] as const;

export type GroupId = (typeof GROUPS)[number];

/**
 * A view. Its name (sidebar, palette, the main landmark; tests find views by it) and its one line
 * of help (top bar, help, palette) are the messages `view.<id>.label` and `view.<id>.hint`.
 */
interface ViewEntry {
  readonly group: GroupId;
  readonly icon: LucideIcon;
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
  plan: { group: 'work', icon: ListTodo, filtered: true, render: () => <PlanListScreen /> },
  board: { group: 'work', icon: Columns3, filtered: true, render: () => <BoardScreen /> },
  owners: { group: 'work', icon: Users, filtered: true, render: () => <OwnersScreen /> },
  timeline: { group: 'work', icon: CalendarRange, filtered: true, render: () => <TimelineScreen /> },
  meetings: { group: 'work', icon: CalendarDays, filtered: false, render: () => <MeetingsScreen /> },
  compact: { group: 'compact', icon: BookOpen, filtered: false, render: () => <CompactScreen /> },
  dates: { group: 'compact', icon: CalendarClock, filtered: false, render: () => <KeyDatesScreen /> },
  funding: { group: 'compact', icon: Landmark, filtered: false, render: () => <FundingScreen /> },
  measures: { group: 'compact', icon: Target, filtered: false, render: () => <MeasuresScreen /> },
  discrepancies: { group: 'compact', icon: Scale, filtered: false, render: () => <DiscrepanciesScreen /> },
  session: { group: 'together', icon: Radio, filtered: false, render: () => <SessionScreen /> },
  'sync-files': { group: 'together', icon: ArrowLeftRight, filtered: false, render: () => <SyncFilesScreen /> },
  review: { group: 'together', icon: Eye, filtered: false, render: () => <ReviewScreen /> },
  conflicts: { group: 'together', icon: GitMerge, filtered: false, render: () => <ConflictsScreen />, badge: () => <ConflictBadge /> },
  audit: { group: 'together', icon: ScrollText, filtered: false, render: () => <AuditScreen /> },
  records: { group: 'records', icon: FileText, filtered: false, render: () => <RecordsScreen /> },
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
export function viewsByGroup(): readonly { readonly group: GroupId; readonly views: readonly ViewId[] }[] {
  return GROUPS
    .map((group) => ({ group, views: VIEW_IDS.filter((id) => VIEWS[id].group === group) }))
    .filter((entry) => entry.views.length > 0);
}
