import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { useCommands } from '../../ui/runtime-context';
import type { MatrixRow } from '../../../../shared/plan/owner-matrix';
import { institutionLabel } from '../../../../shared/workspace/institution-name';
import { useTandemStore } from '../../state/store';
import { cellState } from './cell-state';
import { LeadChoice } from './LeadChoice';
import { rowName, type MatrixColumn } from './matrix-model';
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
  const side = column.side;
  const t = useT();
  const intl = useIntl();
  const label = () => <UserText text={column.label} />;

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
    else setError(useTandemStore.getState().notice ?? t('data.owners.menu.notMade'));
  };
  const lead = state.currentLead;
  const now = [
    state.isLead ? intl.formatMessage({ id: 'data.owners.menu.isLead' }, { name: label, side })
      : state.isSupporting ? intl.formatMessage({ id: 'data.owners.menu.isSupporting' }, { name: label }) : null,
    state.inAnnex ? t('data.owners.menu.inAnnex') : null,
    state.isLead ? null : lead
      ? intl.formatMessage({ id: 'data.owners.menu.leadIs' }, { side, name: () => <UserText text={institutionLabel(directory, lead)} /> })
      : t('data.owners.menu.noLead', { side }),
  ].filter((part) => part !== null);

  return (
    <div ref={popover} popover="auto" className="cell-menu" role="dialog" aria-labelledby={titleId} data-testid="cell-menu">
      <h3 id={titleId}><UserText text={rowName(row)} /> × <UserText text={column.label} /></h3>
      <p className="cell-menu-now">{now.map((part, index) => <span key={index}>{index > 0 && ' '}{part}</span>)}</p>
      <LeadChoice state={state} column={column} onApply={apply} onError={setError} />
      <div className="buttons">
        {!state.isSupporting && (
          <button type="button" className="secondary" onClick={() => apply(() => runOwnerSteps(commands, state, supportingSteps(state, column.id)))}>
            {intl.formatMessage({ id: 'data.owners.menu.makeSupporting' }, { name: label })}
          </button>
        )}
        {(state.isLead || state.isSupporting) && (
          <button type="button" className="secondary" onClick={() => apply(() => runOwnerSteps(commands, state, removeSteps(state, column.id)))}>
            {state.isLead
              ? intl.formatMessage({ id: 'data.owners.menu.removeLead' }, { name: label, side })
              : intl.formatMessage({ id: 'data.owners.menu.removeSupporting' }, { name: label })}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => close.current(true)}>{t('data.owners.menu.close')}</button>
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
