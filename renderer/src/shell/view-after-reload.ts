/**
 * The view to come back to after the app reloads itself (joining a session whose address the
 * page's security policy did not list yet): one read, then forgotten. Per tab (sessionStorage).
 */
const KEY = 'tandem:view-after-reload';

export function rememberViewForReload(view: string): void {
  try {
    sessionStorage.setItem(KEY, view);
  } catch {
    // Storage refused: the reload lands on the default view, nothing worse.
  }
}

export function takeViewAfterReload(): string | null {
  try {
    const view = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return view;
  } catch {
    return null;
  }
}
