import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { WEBRTC_BROWSER_SWITCHES } from '../../shared/sync/webrtc-flags';

/**
 * The browser-mode CLI's options. The defaults are load-bearing:
 * - The port is fixed, not ephemeral: the renderer's IndexedDB (the user's data) is keyed by the
 *   origin http://127.0.0.1:<port>, so another port is another, empty, store.
 * - The data dir holds the browser profile (where that IndexedDB lives) and the exports, so it
 *   must be the same on every run.
 */
export const DEFAULT_PORT = 4790;

export interface BrowserModeArgs {
  readonly port: number;
  readonly dataDir: string;
  readonly open: boolean;
  readonly help: boolean;
}

export const USAGE = 'Usage: node dist/electron/browser-mode.cjs [--port N] [--data-dir DIR] [--no-open]';

export function parseBrowserModeArgs(argv: string[], env = process.env, platform = process.platform): BrowserModeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port "${values.port}".`);
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir(platform, env, homedir()));
  return { port, dataDir, open: !values['no-open'], help: values.help };
}

/** Per-user application data, following each platform's convention. */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Tandem');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Tandem');
  // XDG: an empty or relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'share');
  return path.posix.join(base, 'Tandem');
}

/**
 * Chromium flags for the app window. The profile dir is stable (see above); the disable-* flags
 * keep the browser from contacting Google services on its own, because Tandem never touches
 * the internet. WebRTC shows LAN addresses to peers (shared/sync/webrtc-flags.ts). Chromium refuses to run as root without --no-sandbox (containers, CI).
 */
export function browserLaunchArgs(url: string, dataDir: string, isRoot: boolean): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${path.join(dataDir, 'browser-profile')}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...WEBRTC_BROWSER_SWITCHES,
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
}
