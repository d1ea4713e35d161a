import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ActionDetailPanel } from '../features/action-detail/ActionDetailPanel';
import { FilterBar } from '../features/filter/FilterBar';
import { CommandPalette } from '../features/palette/CommandPalette';
import { StorageBanner } from '../features/storage/StorageBanner';
import { useTandemStore } from '../state/store';
import { useCommands } from '../ui/runtime-context';
import { HelpDialog } from './HelpDialog';
import { paletteSections } from './palette-entries';
import { useRouteSync } from './route-sync';
import { keyLabel, onMac } from './shortcuts';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { TourDialog } from './TourDialog';
import { useTourInvite } from './use-tour';
import { useShellKeys } from './use-shell-keys';
import { useViewText } from './view-text';
import { useT } from '../ui/i18n/I18nProvider';
import { DEFAULT_VIEW, isViewId, VIEWS, type ViewId } from './views';
import './shell.css';
import { IsolatedText } from '../ui/IsolatedText';

type Overlay = 'palette' | 'help' | 'tour' | null;

function shownView(): ViewId {
  const { view } = useTandemStore.getState();
  return isViewId(view) ? view : DEFAULT_VIEW;
}

export function WorkspaceScreen() {
  useRouteSync();
  const commands = useCommands();
  const notice = useTandemStore((state) => state.notice);
  const readOnly = useTandemStore((state) => state.identity?.role === 'observer');
  const stored = useTandemStore((state) => state.view);
  const setView = useTandemStore((state) => state.setView);
  const openDetail = useTandemStore((state) => state.openDetail);
  const view: ViewId = isViewId(stored) ? stored : DEFAULT_VIEW;
  const [overlay, setOverlay] = useState<Overlay>(null);
  const workspace = useRef<HTMLDivElement>(null);
  // The main element in state (a callback ref), so the callbacks below may hold it during render.
  const [main, setMain] = useState<HTMLElement | null>(null);
  const shown = useRef(view);
  // Choosing a view moves focus to its content, so the next Tab lands inside it (not on the next
  // view's button), without scrolling. Compared with the view last shown, so a re-run of the
  // effect (StrictMode) never steals focus; not while an action's detail is open over the view.
  useEffect(() => {
    if (shown.current !== view && useTandemStore.getState().detailActionId === null) main?.focus({ preventScroll: true });
    shown.current = view;
  }, [view, main]);
  const goTo = useCallback((id: ViewId) => {
    if (id === shownView()) main?.focus({ preventScroll: true });
    else setView(id);
  }, [setView, main]);
  // From the palette: the plan, then the detail, in two steps, so the detail opens from the plan
  // (Escape in it comes back to the plan, not to a view that is gone).
  const openAction = useCallback((id: string) => {
    if (shownView() !== 'plan') flushSync(() => setView('plan'));
    main?.focus({ preventScroll: true });
    openDetail(id);
  }, [setView, openDetail, main]);
  const togglePalette = useCallback(() => setOverlay((open) => (open === 'palette' ? null : 'palette')), []);
  const openHelp = useCallback(() => setOverlay('help'), []);
  const closeOverlay = useCallback(() => setOverlay(null), []);
  const tourInvite = useTourInvite();
  const t = useT();
  const text = useViewText();
  // The frame speaks the interface's language; the views' own text is still English (issue 13).
  const openTour = useCallback(() => {
    tourInvite.settle();
    setOverlay('tour');
  }, [tourInvite]);
  useShellKeys(workspace, { togglePalette, openHelp });
  const sections = useMemo(
    () => paletteSections({ goTo, undo: () => commands.undo(), redo: () => commands.redo(), openHelp, openTour, readOnly, ctrl: keyLabel('Ctrl', onMac()), t, text }),
    [goTo, commands, openHelp, openTour, readOnly, t, text],
  );
  return (
    <div className="workspace" ref={workspace}>
      <Sidebar view={view} onChoose={goTo} onOpenPalette={togglePalette} onOpenHelp={openHelp}
        tour={{ invited: tourInvite.invited, onStart: openTour, onDismiss: tourInvite.settle }} />
      <div className="workspace-column">
        <TopBar view={view} onOpenSession={() => goTo('session')} />
        <StorageBanner />
        {readOnly && <p className="banner" role="status">{t('app.observer')}</p>}
        {notice && <p className="notice" role="alert"><IsolatedText text={notice} /></p>}
        {/* The open action's panel sits beside the view, which stays in sight and in use. */}
        <div className="workspace-body">
          <main ref={setMain} tabIndex={-1} aria-label={text.label(view)}>
            <div className="view-body">
              {VIEWS[view].filtered && <FilterBar />}
              {VIEWS[view].render()}
            </div>
          </main>
          <div className="view-body"><ActionDetailPanel /></div>
        </div>
      </div>
      {overlay === 'palette' && <CommandPalette sections={sections} onOpenAction={openAction} onClose={closeOverlay} />}
      {overlay === 'help' && <HelpDialog onClose={closeOverlay} />}
      {overlay === 'tour' && <TourDialog onShowView={setView} onClose={closeOverlay} />}
    </div>
  );
}
