import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { DisputedDetails } from '../compact/DisputedBadge';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { useReadOnly } from '../../state/use-plan';
import { useCommands } from '../../ui/runtime-context';
import { DependenciesField } from './DependenciesField';
import { DescriptionField } from './DescriptionField';
import { DueDateField } from './DueDateField';
import { InitiativeField } from './InitiativeField';
import { LeadField } from './LeadField';
import { SupportingField } from './SupportingField';
import { TitleStatusFields } from './TitleStatusFields';
import './action-detail.css';

/**
 * A modal <dialog>: the browser makes the page behind it inert and keeps Tab inside. Escape
 * closes it (the cancel event), and focus goes back where it came from: the Details button that
 * opened it, or, if that row is gone (deleted meanwhile), the action's Restore button.
 */
export function DetailDialog({ id, action, children }: { readonly id: string; readonly action: ActionView | null; readonly children?: ReactNode }) {
  const commands = useCommands();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const readOnly = useReadOnly();
  const closeDetail = useTandemStore((state) => state.closeDetail);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    return () => {
      if (element.open) element.close();
      const fallback = document.querySelector<HTMLElement>(
        `[data-action-id="${CSS.escape(id)}"] [data-control="details"], [data-action-id="${CSS.escape(id)}"] [data-control="restore"]`,
      );
      (opener?.isConnected ? opener : fallback)?.focus();
    };
  }, [id]);
  const title = action ? action.title || 'Untitled action' : null;
  return (
    <dialog ref={dialog} className="action-detail" aria-labelledby={headingId} data-testid="action-detail"
      onCancel={(event) => { event.preventDefault(); closeDetail(); }}
      // A close the browser did on its own (a second Escape); a close event left over from
      // StrictMode's effect re-run finds the dialog open again and is ignored.
      onClose={() => { if (!dialog.current?.open) closeDetail(); }}>
      <header className="detail-header">
        <h2 id={headingId} dir="auto">{title ? `Details of “${title}”` : 'Action not found'}</h2>
        <button type="button" className="secondary" onClick={closeDetail} {...(readOnly || !action ? { 'data-initial-focus': true } : {})}>
          Close
        </button>
      </header>
      {!action ? <p>This action is not in the workspace.</p> : (
        <div className="detail-body">
          {readOnly && <p className="note">You are an observer: you see this action and edit nothing.</p>}
          {action.deleted && <p className="banner-inline" role="status">This action is deleted. Restore it to put it back on the board.</p>}
          <DisputedDetails ids={action.disputedBy} />
          <TitleStatusFields action={action} readOnly={readOnly} />
          <DescriptionField action={action} readOnly={readOnly} />
          <InitiativeField action={action} readOnly={readOnly} />
          <DueDateField action={action} readOnly={readOnly} />
          <DependenciesField action={action} readOnly={readOnly} />
          <div className="lead-columns">
            <LeadField action={action} side="us" readOnly={readOnly} />
            <LeadField action={action} side="israel" readOnly={readOnly} />
          </div>
          <SupportingField action={action} readOnly={readOnly} />
          {children}
          {!readOnly && (
            <footer className="detail-footer">
              {/* One button that changes its words, so focus stays on it across delete and restore. */}
              <button type="button" className={action.deleted ? 'secondary' : 'secondary danger'}
                onClick={() => (action.deleted ? commands.restoreAction(action.id) : commands.deleteAction(action.id))}>
                {action.deleted ? 'Restore action' : 'Delete action'}
              </button>
            </footer>
          )}
        </div>
      )}
    </dialog>
  );
}
