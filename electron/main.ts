import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type MenuItemConstructorOptions } from 'electron';
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme, withSecurityHeaders } from './app-protocol';
import { attachCloseFlush } from './close-flush';
import { createFileDialogs } from './file-dialogs';
import { createHostServices } from './host/host-services';
import { createSessionHosting } from './host/session-hosting';
import { WEBRTC_DISABLED_FEATURES } from '../shared/sync/webrtc-flags';
import { registerIpcHandlers } from './ipc-handlers';
import { guardAllWebContents } from './navigation-guards';
import { applyPermissionPolicy } from './permissions';
import { applyWebRtcPolicy } from './webrtc-policy';
import { devToolsAllowed, mainWindowOptions } from './window-options';

/**
 * Electron main: wiring only. Every rule lives in a module that takes Electron objects as
 * parameters and is unit-tested with fakes. Bundled by esbuild to dist/electron/main.cjs, so
 * `__dirname` is dist/electron: the preload sits beside it, the renderer in dist/renderer.
 */
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

let mainWindow: BrowserWindow | null = null;
const devTools = (): boolean => devToolsAllowed(app.isPackaged, process.env);

// One process per user: two would each open the same IndexedDB with its own Yjs client.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before `ready`: scheme privileges, sandbox for every renderer, and guards on every
  // WebContents from the first one on.
  // @see https://www.electronjs.org/docs/latest/tutorial/security#4-enable-process-sandboxing
  registerAppScheme(protocol);
  app.commandLine.appendSwitch('disable-features', WEBRTC_DISABLED_FEATURES);
  app.enableSandbox();
  guardAllWebContents(app);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Single-window app: closing the window (after its flush) ends the process on every
  // platform, which also lets a Cmd+Q prevented by the flush complete afterwards.
  app.on('window-all-closed', () => app.quit());

  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Tandem failed to start', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  applyPermissionPolicy(ses);
  const dataDir = app.getPath('userData');
  const hosting = await createSessionHosting(dataDir);
  app.on('will-quit', () => void hosting.close());
  ses.webRequest.onHeadersReceived((details, callback) => {
    const document = details.resourceType === 'mainFrame';
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders, hosting.headers(document)) });
  });
  handleAppProtocol(protocol, RENDERER_DIR, (document) => hosting.headers(document));
  registerIpcHandlers(
    ipcMain,
    createHostServices({ mode: 'electron', appVersion: app.getVersion(), dataDir, hosting }),
    createFileDialogs({
      dialogs: {
        showSaveDialog: (parent, options) => (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)),
        showOpenDialog: (parent, options) => (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)),
      },
      windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
      defaultDir: () => app.getPath('documents'),
    }),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(devTools())));
  createMainWindow();
}

function createMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(PRELOAD_PATH, devTools()));
  mainWindow = window;
  applyWebRtcPolicy(window.webContents);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  attachCloseFlush(window, ipcMain);
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Tandem could not load its UI', error));
}

/** File: Quit; Edit: the standard roles; View: zoom, plus reload/devtools when devToolsAllowed. */
function menuTemplate(devTools: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (devTools) {
    view.push({ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' });
  }
  return [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: [{ role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
  ];
}
