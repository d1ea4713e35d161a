import { ChevronRight } from 'lucide-react';
import { IdentityBadge } from '../features/identity/IdentityBadge';
import { SaveIndicator } from '../features/storage/SaveIndicator';
import { SyncStatus } from '../features/sync/SyncStatus';
import { UndoButtons } from './UndoButtons';
import { useViewText } from './view-text';
import { VIEWS, type ViewId } from './views';

/**
 * Above every view: where you are (group › view, and what the view is for), then the things the
 * room asks about all the time — undo, whether it is saved, whether it is syncing, who you are.
 */
export function TopBar({ view, onOpenSession }: { readonly view: ViewId; readonly onOpenSession: () => void }) {
  const entry = VIEWS[view];
  const text = useViewText();
  return (
    <header className="topbar">
      <div className="topbar-where">
        <span className="topbar-group">{text.group(entry.group)}</span>
        <ChevronRight aria-hidden="true" size={14} className="topbar-sep flips" />
        <span className="topbar-view">{text.label(view)}</span>
        <span className="topbar-hint">{text.hint(view)}</span>
      </div>
      <div className="topbar-status">
        <UndoButtons />
        <SaveIndicator />
        <SyncStatus onOpen={onOpenSession} />
        <IdentityBadge />
      </div>
    </header>
  );
}
