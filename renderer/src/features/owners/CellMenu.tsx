import { useEffect, useId, useRef, useState } from 'react';
import { useCommands } from '../../ui/runtime-context';
import type { MatrixRow } from '../../../../shared/plan/owner-matrix';
import { institutionLabel } from '../../../../shared/workspace/institution-name';
import { useTandemStore } from '../../state/store';
import { cellState } from './cell-state';
import { LeadChoice } from './LeadChoice';
import { rowName, SIDE_NAMES, type MatrixColumn } from './matrix-model';
import { runOwnerSteps } from './owner-edits';
import { removeSteps, supportingSteps } from './owner-steps';
import { useAnnexOwners } from './use-owner-matrix';

/**
 * A cell's menu, in a popover placed beside the cell (the cell is the popover's anchor; see
 * matrix.css): make the institution its side's lead (optionally naming a person there), a
 * supporting owner, or remove it. Escape or a click outside closes it (popover="auto"), and so
 * does tabbing out of it, so a keyboard user never leaves an open menu behind; after Escape or an
 * edit, focus goes back to the cell.
 */
export function CellMenu({ row, column, anchor, onClose }: {
  readonly row: MatrixRow; readonly column: MatrixColumn; readonly anchor: HTMLElement;
  readonly onClose: (restoreFocus: boolean) => void;
}) {
  const commands = useCommands();
  const popover = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  const directory = useTandemStore((state) => state.institutions);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const annex = useAnnexOwners(row.kind, row.id);
  const state = cellState(row, column, annex);
  const side = SIDE_NAMES[column.side];

  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const element = popover.current;
    if (!element) return undefined;
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'closed') return;
      const focus = document.activeElement;
      close.current(!focus || focus === document.body || element.contains(focus));
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !element.contains(event.relatedTarget)) element.hidePopover();
    };
    element.addEventListener('toggle', onToggle);
    element.addEventListener('focusout', onFocusOut);
    element.showPopover({ source: anchor });
    element.querySelector<HTMLElement>('select, button')?.focus();
    return () => {
      element.removeEventListener('toggle', onToggle);
      element.removeEventListener('focusout', onFocusOut);
      if (element.matches(':popover-open')) element.hidePopover();
    };
  }, [anchor]);

  /** Runs an edit; on success the menu closes, on refusal the model's reason stays in view here. */
  const apply = (edit: () => boolean) => {
    if (edit()) close.current(true);
    else setError(useTandemStore.getState().notice ?? 'The change was not made.');
  };
  const now = [
    state.isLead ? `${column.label} is the ${side} lead.` : state.isSupporting ? `${column.label} is a supporting owner.` : null,
    state.inAnnex ? 'The annex’s owner table names it.' : null,
    !state.isLead && (state.currentLead ? `The ${side} lead is ${institutionLabel(directory, state.currentLead)}.` : `There is no ${side} lead yet.`),
  ].filter(Boolean).join(' ');

  return (
    <div ref={popover} popover="auto" className="cell-menu" role="dialog" aria-labelledby={titleId} data-testid="cell-menu">
      <h3 id={titleId}>{rowName(row)} × {column.label}</h3>
      <p className="cell-menu-now">{now}</p>
      <LeadChoice state={state} column={column} onApply={apply} onError={setError} />
      <div className="buttons">
        {!state.isSupporting && (
          <button type="button" className="secondary" onClick={() => apply(() => runOwnerSteps(commands, state, supportingSteps(state, column.id)))}>
            Make {column.label} supporting
          </button>
        )}
        {(state.isLead || state.isSupporting) && (
          <button type="button" className="secondary" onClick={() => apply(() => runOwnerSteps(commands, state, removeSteps(state, column.id)))}>
            Remove {column.label} {state.isLead ? `as ${side} lead` : 'as supporting'}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => close.current(true)}>Close</button>
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
