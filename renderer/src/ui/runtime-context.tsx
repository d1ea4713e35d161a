import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AppRuntime } from '../runtime/app-runtime';
import type { Commands } from '../runtime/commands';
import type { WorkspaceRuntime } from '../runtime/workspace-runtime';

/**
 * How React reaches the runtime: the shell provides the AppRuntime once; components read the
 * open workspace from it and re-render when it is replaced (a reopen, a restore, a change of
 * identity). Nothing else holds it.
 */
const AppRuntimeContext = createContext<AppRuntime | null>(null);

export function AppRuntimeProvider({ app, children }: { readonly app: AppRuntime; readonly children: ReactNode }) {
  return <AppRuntimeContext.Provider value={app}>{children}</AppRuntimeContext.Provider>;
}

export function useApp(): AppRuntime {
  const app = useContext(AppRuntimeContext);
  if (!app) throw new Error('useApp needs an AppRuntimeProvider above it.');
  return app;
}

/** The open workspace's runtime, or null while none is open. */
export function useOptionalRuntime(): WorkspaceRuntime | null {
  const app = useApp();
  const subscribe = useCallback((listener: () => void) => app.subscribe(listener), [app]);
  const current = useCallback(() => app.current(), [app]);
  return useSyncExternalStore(subscribe, current);
}

/** The open workspace's runtime; the workspace screens render only while one is open (phase 'ready'). */
export function useRuntime(): WorkspaceRuntime {
  const runtime = useOptionalRuntime();
  if (!runtime) throw new Error('No workspace is open.');
  return runtime;
}

export function useCommands(): Commands {
  return useRuntime().commands;
}
