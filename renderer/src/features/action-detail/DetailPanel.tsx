import { FormattedMessage } from 'react-intl';
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
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
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import './action-detail.css';

/**
 * The open action beside the view, not over it: a complementary landmark the list stays usable
 * next to (a modal would make it inert). Opening moves focus to its first field, unless the list
 * asked to keep it (it follows ↑/↓ with the panel open). Escape anywhere in it, or on the page,
 * closes it; focus goes back to the action's row in the plan list, else where it came from, else
 * (the row is gone: deleted meanwhile) the action's Restore button or the list's current row.
 */
export function DetailPanel({ id, action, children }: { readonly id: string; readonly action: ActionView | null; readonly children?: ReactNode }) {
  const commands = useCommands();
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  const headingId = useId();
  const readOnly = useReadOnly();
  const closeDetail = useTandemStore((state) => state.closeDetail);
  useLayoutEffect(() => {
    const element = panel.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (useTandemStore.getState().detailFocus) element.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    return () => {
      // Only a focus that was in the panel (or lost with it) is brought back: one that moved to
      // another row of the list, which opened the next action, stays there.
      const focus = document.activeElement;
      if (focus && focus !== document.body && !element.contains(focus)) return;
      const escaped = CSS.escape(id);
      const row = document.querySelector<HTMLElement>(`.plan-row[data-action-id="${escaped}"]`);
      const fallback = document.querySelector<HTMLElement>(
        `[data-action-id="${escaped}"] [data-control="details"], [data-action-id="${escaped}"] [data-control="restore"]`,
      );
      const list = document.querySelector<HTMLElement>('.plan-row[tabindex="0"]');
      (row ?? (opener?.isConnected && !element.contains(opener) ? opener : fallback ?? list ?? document.querySelector('main')))
        ?.focus({ preventScroll: true });
    };
  }, [id]);
  useEffect(() => {
    // Escape with the focus outside the panel and outside any dialog (on the page, or lost).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      closeDetail();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeDetail]);
  const title = action ? action.title || t('plan.untitled') : null;
  return (
    <aside ref={panel} className="action-detail" aria-labelledby={headingId} data-testid="action-detail">
      <header className="detail-header">
        <h2 id={headingId}>{title ? <FormattedHeading title={title} /> : t('plan.panel.notFound')}</h2>
        <button type="button" className="secondary detail-close" onClick={closeDetail} title={t('plan.panel.closeTitle')}
          {...(readOnly || !action ? { 'data-initial-focus': true } : {})}>
          {t('plan.panel.close')}
        </button>
      </header>
      {!action ? <p>{t('plan.panel.missing')}</p> : (
        <div className="detail-body">
          {readOnly && <p className="note">{t('plan.panel.observer')}</p>}
          {action.deleted && <p className="banner-inline" role="status">{t('plan.panel.deletedBanner')}</p>}
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
                {t(action.deleted ? 'plan.panel.restore' : 'plan.panel.delete')}
              </button>
            </footer>
          )}
        </div>
      )}
    </aside>
  );
}

/** "Details of “<title>”": the title isolated in its own direction inside the sentence. */
function FormattedHeading({ title }: { readonly title: string }) {
  return <FormattedMessage id="plan.panel.heading" values={{ title: <UserText text={title} /> }} />;
}
