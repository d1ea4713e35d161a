import type { App, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * Tandem's windows show the bundled renderer and nothing else. A renderer that could navigate
 * (a link in pasted minutes, a crafted record from a peer) would leave our CSP and our preload's
 * trust behind, and would contact the internet, which the app never does. So every WebContents
 * may only navigate within app://tandem/, may not open windows, and may not attach <webview>s.
 *
 * Only types are imported from 'electron': the guards take the objects they guard, so tests
 * drive them with fakes.
 */

/**
 * True only for `app://tandem/...`. No credentials, no port, exact host (Chromium lower-cases
 * the host of a standard scheme before it reaches us, so a differently-cased host is not ours).
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** Denies what the app never does; safe to call once per WebContents. */
export function attachNavigationGuards(contents: WebContents): void {
  const denyForeign = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  /**
   * will-navigate: links and location changes; will-frame-navigate: the same for sub-frames;
   * will-redirect: a server redirect mid-navigation.
   * @see https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
   */
  contents.on('will-navigate', denyForeign);
  contents.on('will-frame-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  /** @see https://www.electronjs.org/docs/latest/tutorial/security#14-disable-or-limit-creation-of-new-windows */
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  /**
   * webviewTag is already false; refusing the attach as well keeps that true even if a future
   * window forgets the flag.
   * @see https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation
   */
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Applies the guards to every WebContents the app ever creates (windows, devtools, anything a
 * future feature adds), so no window can be created without them. Register before `ready`.
 */
export function guardAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => attachNavigationGuards(contents));
}
