import { AppRuntime } from '../runtime/app-runtime';
import type { HostApi } from '../../../shared/host/host-api';
import { connectHost } from '../runtime/host/bridge';
import { useTandemStore } from '../state/store';
import { addressSession, adoptAddress } from './route-sync';
import { watchEditing } from './watch-editing';

/**
 * The composition root: the one place that builds the app's runtime, wires it to the store (its
 * sink) and to the window, and starts it. The runtime is handed to React by the caller, never
 * kept in a module variable.
 */
export function createApp(): AppRuntime {
  const store = useTandemStore.getState();
  adoptAddress();
  const host = connectHost();
  const app = new AppRuntime({
    sink: store,
    host,
    // The page's security policy must list a new session server: reload, and land on Session again.
    reloadForSessionServer: () => {
      addressSession();
      window.location.reload();
    },
  });
  installFlushOnClose(app, host);
  reportEditing(app);
  return app;
}

/** Flush before the window goes away: on the host's close request, and whenever the page hides. */
function installFlushOnClose(app: AppRuntime, host: HostApi): void {
  host.onCloseRequested(() => app.flush());
  // What the writer holds back behind a write in flight (update-writer.ts) goes to disk now. A
  // failure here is already shown by the save indicator; nothing more to say.
  const flushNow = () => app.flush().catch(() => undefined);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
  window.addEventListener('pagehide', flushNow);
  window.addEventListener('beforeunload', (event) => {
    if (app.hasUnsavedEdits()) event.preventDefault();
  });
}

/** Which action this person is editing goes to the open workspace's LAN session, and to each one that opens later. */
function reportEditing(app: AppRuntime): void {
  let editing: string | null = null;
  watchEditing((actionId) => {
    editing = actionId;
    app.current()?.lan.setEditing(actionId);
  });
  app.subscribe(() => app.current()?.lan.setEditing(editing));
}
