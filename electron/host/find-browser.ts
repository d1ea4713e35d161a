import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds a Chromium-family browser for browser mode. Only Chromium-family: the launch relies on
 * `--app=` (a window without tabs or URL bar) and `--user-data-dir=` (a profile of our own).
 *
 * Order: $TANDEM_BROWSER, then Debian's real binary (/usr/lib/chromium/chromium skips the
 * /usr/bin/chromium wrapper and the flags it adds from /etc/chromium.d), then the usual names on
 * PATH, then the standard install locations on macOS and Windows.
 */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const candidates: string[] = [];
  if (env.TANDEM_BROWSER) candidates.push(env.TANDEM_BROWSER);
  if (platform === 'darwin') {
    const apps = ['Google Chrome', 'Chromium', 'Microsoft Edge', 'Brave Browser'];
    for (const dir of ['/Applications', path.join(env.HOME ?? '', 'Applications')]) {
      for (const app of apps) candidates.push(path.join(dir, `${app}.app`, 'Contents', 'MacOS', app));
    }
    return candidates;
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean) as string[];
    const exes = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];
    for (const exe of exes) for (const root of roots) candidates.push(path.win32.join(root, exe));
    return candidates;
  }
  candidates.push('/usr/lib/chromium/chromium', '/usr/bin/chromium');
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable', 'brave-browser'];
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of names) for (const dir of dirs) candidates.push(path.join(dir, name));
  return candidates;
}

/** The first candidate that is an executable file, or null. */
export function findBrowser(platform = process.platform, env = process.env): string | null {
  for (const candidate of browserCandidates(platform, env)) {
    if (isExecutableFile(candidate, platform)) return candidate;
  }
  return null;
}

function isExecutableFile(file: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
