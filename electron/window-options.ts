import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * DevTools (and the reload menu items) only for a developer who asks. "Unpackaged" alone is not
 * enough: `npm start` runs the unpackaged app (`electron .`) for users too, and they are not
 * developers. `TANDEM_DEVTOOLS=1 npm start` opts in; a packaged app never allows them.
 */
export function devToolsAllowed(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return !isPackaged && env.TANDEM_DEVTOOLS === '1';
}

/**
 * The main window's options. Every flag in webPreferences is set explicitly, even where it
 * matches Electron's current default: a default that changes in a future Electron must not
 * silently loosen the renderer, and the test pins each one.
 * @see https://www.electronjs.org/docs/latest/tutorial/security (items 2–4, 6, 9, 10, 12)
 */
export function mainWindowOptions(preloadPath: string, allowDevTools = false): BrowserWindowConstructorOptions {
  return {
    title: 'Tandem',
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    // Shown on 'ready-to-show', so the user never sees an unpainted window.
    show: false,
    // Matches the renderer's background, so a resize never flashes white.
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      // The renderer is a plain Chromium page: no Node, in the page, its workers or its frames.
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Same-origin policy and mixed-content blocking stay on.
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Dropping a file on the window must not navigate away from the app (and lose edits).
      navigateOnDragDrop: false,
      // Chromium's spellchecker may download dictionaries; the app never contacts the internet.
      spellcheck: false,
      // DevTools only when a developer opts in (main: unpackaged and TANDEM_DEVTOOLS=1).
      devTools: allowDevTools,
    },
  };
}
