import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { browserLaunchArgs, parseBrowserModeArgs, USAGE } from './browser-mode-args';
import { findBrowser } from './find-browser';
import { createHostServices } from './host-services';
import { createSessionHosting } from './session-hosting';

/**
 * Browser mode's entry (bundled to dist/electron/browser-mode.cjs): the Node host serves the built
 * renderer on loopback and a system Chromium opens it as an app window. For machines where the
 * Electron binary cannot be installed.
 */
declare const __TANDEM_VERSION__: string | undefined;

/** A browser that exits sooner than this most likely handed our URL to a running instance. */
const QUICK_EXIT_MS = 5_000;

async function main(): Promise<void> {
  let args;
  try {
    args = parseBrowserModeArgs(process.argv.slice(2));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, { cause: error });
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  await mkdir(args.dataDir, { recursive: true });
  const appVersion = typeof __TANDEM_VERSION__ === 'string' ? __TANDEM_VERSION__ : '0.0.0-dev';
  const hosting = await createSessionHosting(args.dataDir);
  const services = createHostServices({ mode: 'browser', appVersion, dataDir: args.dataDir, hosting });
  const headers = (document: boolean) => hosting.headers(document);
  const host = await startBrowserHost({ port: args.port, rendererDir: path.join(__dirname, '..', 'renderer'), services, headers }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      // No fallback to another port: the data lives under this origin (see browser-mode-args).
      throw new Error(`Port ${args.port} is in use (is Tandem already running?). Stop it, or pass --port N — data kept under another port is a separate store.`);
    },
  );
  console.log(`Tandem ${appVersion} (browser mode) serving ${host.url}`);
  console.log(`Data folder: ${args.dataDir}`);

  let browser: ChildProcess | null = null;
  let stopping = false;
  const shutdown = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    if (browser && browser.exitCode === null && browser.signalCode === null) browser.kill('SIGTERM');
    await Promise.all([host.close(), hosting.close()]);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  if (args.open) browser = openBrowser(host, args.dataDir, shutdown);
  else console.log('Not opening a browser (--no-open). Press Ctrl+C to stop.');
}

function openBrowser(host: BrowserHost, dataDir: string, shutdown: (code: number) => Promise<void>): ChildProcess | null {
  const executable = findBrowser();
  if (!executable) {
    console.log(`No Chromium-family browser found (set TANDEM_BROWSER to one). Open ${host.url} in Chromium or Chrome. Press Ctrl+C to stop.`);
    return null;
  }
  console.log(`Opening ${executable}`);
  const launchedAt = Date.now();
  const child = spawn(executable, browserLaunchArgs(host.url, dataDir, process.getuid?.() === 0), { stdio: 'ignore' });
  child.on('error', (error) => {
    console.error(`Could not start ${executable}: ${error.message}. Open ${host.url} yourself. Press Ctrl+C to stop.`);
  });
  child.on('exit', (code, signal) => {
    if (Date.now() - launchedAt < QUICK_EXIT_MS) {
      // Either a browser already running on this profile took the window, or the launch failed
      // (no display…). In both cases closing the server would strand the user.
      console.log(`The browser exited at once (${signal ?? `code ${code}`}). If no Tandem window opened, open ${host.url}. Serving until Ctrl+C.`);
      return;
    }
    console.log('Browser window closed; stopping.');
    void shutdown(0);
  });
  return child;
}

main().catch((error: unknown) => {
  console.error(`Tandem browser mode: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
