/**
 * The address of what the window shows, kept in the URL's fragment so reload and Back/Forward
 * work in Electron (file and app protocols) and in browser mode alike, with no server routes:
 *
 *   #/<view>                      a view, e.g. #/plan, #/session
 *   #/<view>/action/<action id>   the same view with an action's detail open
 *
 * Pure: no DOM. The view ids are the shell's; `isView` says which are known.
 */
export interface Route {
  readonly view: string;
  /** The action whose detail is open, or null. */
  readonly action: string | null;
}

export function formatRoute(route: Route): string {
  const view = `#/${encodeURIComponent(route.view)}`;
  return route.action === null ? view : `${view}/action/${encodeURIComponent(route.action)}`;
}

/**
 * The route a fragment names, or null when it names none (empty, an unknown view, a malformed
 * escape, extra segments): the caller then shows its default and rewrites the address.
 */
export function parseRoute(hash: string, isView: (view: string) => boolean): Route | null {
  const match = /^#\/([^/]+)(?:\/action\/([^/]+))?\/?$/.exec(hash);
  if (!match) return null;
  const view = decode(match[1]!);
  const action = match[2] === undefined ? null : decode(match[2]);
  if (view === null || !isView(view) || action === '') return null;
  if (match[2] !== undefined && action === null) return null;
  return { view, action };
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return a.view === b.view && a.action === b.action;
}
