import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ActionList } from '../features/actions/ActionList';
import { AddActionForm } from '../features/actions/AddActionForm';
import { CompactScreen } from '../features/compact/CompactScreen';
import { DiscrepanciesScreen } from '../features/compact/DiscrepanciesScreen';
import { FundingScreen } from '../features/compact/FundingScreen';
import { KeyDatesScreen } from '../features/compact/KeyDatesScreen';
import { MeasuresScreen } from '../features/compact/MeasuresScreen';
import { IdentityBadge } from '../features/identity/IdentityBadge';
import { SaveIndicator } from '../features/storage/SaveIndicator';
import { StorageBanner } from '../features/storage/StorageBanner';
import { useTandemStore } from '../app/store';

const VIEWS = {
  plan: { label: 'Plan', render: () => <><AddActionForm /><ActionList /></> },
  compact: { label: 'Compact', render: () => <CompactScreen /> },
  dates: { label: 'Key dates', render: () => <KeyDatesScreen /> },
  funding: { label: 'Funding', render: () => <FundingScreen /> },
  measures: { label: 'Steps & measures', render: () => <MeasuresScreen /> },
  discrepancies: { label: 'Discrepancies', render: () => <DiscrepanciesScreen /> },
} as const satisfies Record<string, { label: string; render: () => ReactNode }>;

type ViewId = keyof typeof VIEWS;

export function WorkspaceScreen() {
  const notice = useTandemStore((state) => state.notice);
  const [view, setView] = useState<ViewId>('plan');
  const main = useRef<HTMLElement>(null);
  const opened = useRef(false);
  // Choosing a view moves focus to its content, so the next Tab lands inside it (not on the next tab).
  useEffect(() => {
    if (opened.current) main.current?.focus();
    opened.current = true;
  }, [view]);
  return (
    <div className="workspace">
      <header className="topbar">
        <h1>Tandem <span className="subtitle">U.S.–Israel Strategic Technology Compact · action plan</span></h1>
        <IdentityBadge />
        <SaveIndicator />
      </header>
      <nav className="views" aria-label="Views">
        {(Object.keys(VIEWS) as ViewId[]).map((id) => (
          <button key={id} type="button" className="view-tab" aria-current={id === view ? 'page' : undefined} onClick={() => setView(id)}>
            {VIEWS[id].label}
          </button>
        ))}
      </nav>
      <StorageBanner />
      {notice && <p className="notice" role="alert">{notice}</p>}
      <main ref={main} tabIndex={-1} aria-label={VIEWS[view].label}>{VIEWS[view].render()}</main>
    </div>
  );
}
