import { useId, useState } from 'react';
import { useT } from '../ui/i18n/I18nProvider';
import { useModalDialog } from '../ui/use-modal-dialog';
import { keyLabel, onMac } from './shortcuts';
import type { ViewId } from './views';
import { TOUR_STEPS } from './tour-steps';
import './tour.css';

/**
 * The first-run tour: a short modal walk through the app, each step showing its view behind
 * the dialog (docked to the side, so the view stays visible). Escape or Done ends it; written
 * by hand because tour libraries position by inline styles, which the page's CSP forbids, and
 * six steps in our own dialog need nothing more.
 */
export function TourDialog({ onShowView, onClose }: { readonly onShowView: (view: ViewId) => void; readonly onClose: () => void }) {
  const dialog = useModalDialog('[data-initial-focus]');
  const headingId = useId();
  const bodyId = useId();
  const [index, setIndex] = useState(0);
  const step = TOUR_STEPS[index]!;
  const last = index === TOUR_STEPS.length - 1;
  const go = (next: number) => {
    setIndex(next);
    const view = TOUR_STEPS[next]!.view;
    if (view) onShowView(view);
  };
  const Icon = step.icon;
  const t = useT();
  return (
    <dialog ref={dialog} className="tour-dialog" aria-labelledby={headingId} aria-describedby={bodyId} data-testid="tour"
      onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <div className="tour-icon" aria-hidden="true"><Icon size={22} /></div>
      <p className="tour-progress">{t('tour.progress', { step: index + 1, total: TOUR_STEPS.length })}</p>
      <h2 id={headingId}>{t(step.title)}</h2>
      <p id={bodyId} className="tour-body">{t(step.body, { ctrl: keyLabel('Ctrl', onMac()) })}</p>
      <ol className="tour-dots" aria-hidden="true">
        {TOUR_STEPS.map((each, at) => <li key={each.title} className={at === index ? 'current' : undefined} />)}
      </ol>
      <div className="tour-buttons">
        <button type="button" className="link" onClick={onClose}>{t(last ? 'tour.close' : 'tour.skip')}</button>
        <span className="tour-nav">
          {index > 0 && <button type="button" className="secondary" onClick={() => go(index - 1)}>{t('tour.back')}</button>}
          <button type="button" data-initial-focus onClick={() => (last ? onClose() : go(index + 1))}>{t(last ? 'tour.done' : 'tour.next')}</button>
        </span>
      </div>
    </dialog>
  );
}
