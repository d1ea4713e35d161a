import { ActionList } from '../features/actions/ActionList';
import { AddActionForm } from '../features/actions/AddActionForm';
import { IdentityBadge } from '../features/identity/IdentityBadge';
import { SaveIndicator } from '../features/storage/SaveIndicator';
import { StorageBanner } from '../features/storage/StorageBanner';
import { useTandemStore } from '../app/store';

export function WorkspaceScreen() {
  const notice = useTandemStore((state) => state.notice);
  return (
    <div className="workspace">
      <header className="topbar">
        <h1>Tandem <span className="subtitle">U.S.–Israel Strategic Technology Compact · action plan</span></h1>
        <IdentityBadge />
        <SaveIndicator />
      </header>
      <StorageBanner />
      {notice && <p className="notice" role="alert">{notice}</p>}
      <main>
        <AddActionForm />
        <ActionList />
      </main>
    </div>
  );
}
