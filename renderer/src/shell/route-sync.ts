import { useEffect } from 'react';
import { useTandemStore, type TandemState } from '../state/store';
import { formatRoute, parseRoute, sameRoute, type Route } from './route';
import { DEFAULT_VIEW, isViewId, type ViewId } from './views';

/** What the store says the window shows. */
export function routeOf(state: Pick<TandemState, 'view' | 'detailActionId'>): Route {
  return { view: isViewId(state.view) ? state.view : DEFAULT_VIEW, action: state.detailActionId };
}

/** The route the address names, or null (then the store's own route stands). */
export function routeInAddress(): Route | null {
  return parseRoute(window.location.hash, isViewId);
}

/**
 * At start, before the first render: the store takes the route the address names (a reload, a
 * link), so the first frame already shows that view and nothing counts as a change of view.
 */
export function adoptAddress(): void {
  const wanted = routeInAddress();
  if (!wanted) return;
  const state = useTandemStore.getState();
  state.setView(wanted.view);
  if (wanted.action !== null) state.openDetail(wanted.action);
}

/** The address to reload into: the Session view (a join that must reload lands back on it). */
export function addressSession(): void {
  window.history.replaceState(window.history.state, '', formatRoute({ view: 'session' satisfies ViewId, action: null }));
}

/**
 * Keeps the store's view and open action and the address in step, both ways:
 * - a change in the store (a click, the palette) pushes a history entry, so Back returns to it;
 * - an address the user brings (reload, Back/Forward, a typed URL) is applied to the store.
 * The store stays the one source the screens read; the address mirrors it. Applying an address
 * never pushes an entry (the `applying` flag covers the store updates it makes), so Back and
 * Forward only move through history, never add to it.
 */
export function useRouteSync(): void {
  useEffect(() => {
    let applying = false;
    const apply = () => {
      const state = useTandemStore.getState();
      const wanted = routeInAddress();
      if (!wanted) {
        // No route, or one naming no view: show what the store shows and say so in the address.
        window.history.replaceState(window.history.state, '', formatRoute(routeOf(state)));
        return;
      }
      if (sameRoute(wanted, routeOf(state))) return;
      applying = true;
      try {
        if (wanted.view !== state.view) state.setView(wanted.view);
        if (wanted.action === null) state.closeDetail();
        else state.openDetail(wanted.action);
      } finally {
        applying = false;
      }
    };
    apply();
    const unsubscribe = useTandemStore.subscribe((state, previous) => {
      if (applying || (state.view === previous.view && state.detailActionId === previous.detailActionId)) return;
      const target = formatRoute(routeOf(state));
      if (target !== window.location.hash) window.history.pushState(null, '', target);
    });
    // A typed fragment fires both events in Chromium, Back/Forward at least popstate: apply is idempotent.
    window.addEventListener('popstate', apply);
    window.addEventListener('hashchange', apply);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', apply);
      window.removeEventListener('hashchange', apply);
    };
  }, []);
}
