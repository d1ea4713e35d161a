import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ActionDetailPanel } from '../features/action-detail/ActionDetailPanel';
import { BoardScreen } from '../features/board/BoardScreen';
import { SyncFilesScreen } from '../features/bundle/SyncFilesScreen';
import { CompactScreen } from '../features/compact/CompactScreen';
import { DiscrepanciesScreen } from '../features/compact/DiscrepanciesScreen';
import { FundingScreen } from '../features/compact/FundingScreen';
import { KeyDatesScreen } from '../features/compact/KeyDatesScreen';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { MeasuresScreen } from '../features/compact/MeasuresScreen';
import { FilterBar } from '../features/filter/FilterBar';
import { IdentityBadge } from '../features/identity/IdentityBadge';
import { OwnersScreen } from '../features/owners/OwnersScreen';
import { RecordsScreen } from '../features/records/RecordsScreen';
import { SaveIndicator } from '../features/storage/SaveIndicator';
import { StorageBanner } from '../features/storage/StorageBanner';
import { TimelineScreen } from '../features/timeline/TimelineScreen';
import { SessionScreen } from '../features/sync/SessionScreen';
import { SyncStatus } from '../features/sync/SyncStatus';
import { useTandemStore } from '../state/store';
import { AuditScreen } from '../features/audit/AuditScreen';
import { ConflictBadge } from '../features/conflicts/ConflictBadge';
import { ConflictsScreen } from '../features/conflicts/ConflictsScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { UndoButtons } from './UndoButtons';
import { takeViewAfterReload } from './view-after-reload';

/** The views; `filtered` ones show the search and filter bar above them. */
const VIEWS = {
  plan: { label: 'Plan', filtered: true, render: () => <BoardScreen /> },
  owners: { label: 'Owners', filtered: true, render: () => <OwnersScreen /> },
  timeline: { label: 'Timeline', filtered: true, render: () => <TimelineScreen /> },
  meetings: { label: 'Meetings', filtered: false, render: () => <MeetingsScreen /> },
  compact: { label: 'Compact', filtered: false, render: () => <CompactScreen /> },
  dates: { label: 'Key dates', filtered: false, render: () => <KeyDatesScreen /> },
  funding: { label: 'Funding', filtered: false, render: () => <FundingScreen /> },
  measures: { label: 'Steps & measures', filtered: false, render: () => <MeasuresScreen /> },
  discrepancies: { label: 'Discrepancies', filtered: false, render: () => <DiscrepanciesScreen /> },
  session: { label: 'Session', filtered: false, render: () => <SessionScreen /> },
  syncFiles: { label: 'Sync files', filtered: false, render: () => <SyncFilesScreen /> },
  review: { label: 'Review', filtered: false, render: () => <ReviewScreen /> },
  conflicts: { label: 'Conflicts', filtered: false, render: () => <ConflictsScreen />, badge: () => <ConflictBadge /> },
  audit: { label: 'Audit', filtered: false, render: () => <AuditScreen /> },
  records: { label: 'Records', filtered: false, render: () => <RecordsScreen /> },
} as const satisfies Record<string, { label: string; filtered: boolean; render: () => ReactNode; badge?: () => ReactNode }>;

type ViewId = keyof typeof VIEWS;

/** A view's live count beside its name (the open conflicts). */
function badgeOf(id: ViewId): ReactNode {
  const view = VIEWS[id];
  return 'badge' in view ? view.badge() : null;
}

export function WorkspaceScreen() {
  const notice = useTandemStore((state) => state.notice);
  const readOnly = useTandemStore((state) => state.identity?.role === 'observer');
  const stored = useTandemStore((state) => state.view);
  const setView = useTandemStore((state) => state.setView);
  const [initial] = useState<ViewId>(() => {
    const saved = takeViewAfterReload();
    return saved !== null && saved in VIEWS ? (saved as ViewId) : 'plan';
  });
  const view: ViewId = stored !== null && stored in VIEWS ? (stored as ViewId) : initial;
  const main = useRef<HTMLElement>(null);
  const shown = useRef(view);
  // Choosing a view moves focus to its content, so the next Tab lands inside it (not on the next tab).
  // Compared with the view last shown, so a re-run of the effect (StrictMode) never steals focus.
  useEffect(() => {
    if (shown.current !== view) main.current?.focus({ preventScroll: true });
    shown.current = view;
  }, [view]);
  return (
    <div className="workspace">
      <header className="topbar">
        <h1>Tandem <span className="subtitle">U.S.–Israel Strategic Technology Compact · action plan</span></h1>
        <UndoButtons />
        <IdentityBadge />
        <SaveIndicator />
        <SyncStatus onOpen={() => setView('session')} />
      </header>
      <nav className="views" aria-label="Views">
        {(Object.keys(VIEWS) as ViewId[]).map((id) => (
          <button key={id} type="button" className="view-tab" aria-current={id === view ? 'page' : undefined} onClick={() => (id === view ? main.current?.focus({ preventScroll: true }) : setView(id))}>
            {VIEWS[id].label}
            {badgeOf(id)}
          </button>
        ))}
      </nav>
      <StorageBanner />
      {readOnly && <p className="banner" role="status">You are an observer: you see everything and edit nothing.</p>}
      {notice && <p className="notice" role="alert">{notice}</p>}
      <main ref={main} tabIndex={-1} aria-label={VIEWS[view].label}>
        {VIEWS[view].filtered && <FilterBar />}
        {VIEWS[view].render()}
      </main>
      <ActionDetailPanel />
    </div>
  );
}
