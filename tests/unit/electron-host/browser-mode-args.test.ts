import { describe, expect, it } from 'vitest';
import { browserLaunchArgs, DEFAULT_PORT, defaultDataDir, parseBrowserModeArgs } from '../../../electron/host/browser-mode-args';
import { browserCandidates } from '../../../electron/host/find-browser';

describe('browser mode options', () => {
  it('defaults to a fixed port, because IndexedDB is keyed by origin', () => {
    expect(parseBrowserModeArgs([], { HOME: '/h' }, 'linux')).toMatchObject({ port: DEFAULT_PORT, open: true });
    expect(parseBrowserModeArgs(['--port', '0', '--no-open', '--data-dir', '/d'], {}, 'linux')).toMatchObject({ port: 0, open: false, dataDir: '/d' });
    expect(() => parseBrowserModeArgs(['--port', 'x'], {}, 'linux')).toThrow(/Invalid --port/);
    expect(() => parseBrowserModeArgs(['--bogus'], {}, 'linux')).toThrow();
  });

  it('puts data where each platform keeps per-user app data', () => {
    expect(defaultDataDir('linux', {}, '/home/a')).toBe('/home/a/.local/share/Tandem');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/xdg' }, '/home/a')).toBe('/xdg/Tandem');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: 'relative' }, '/home/a')).toBe('/home/a/.local/share/Tandem');
    expect(defaultDataDir('darwin', {}, '/Users/a')).toBe('/Users/a/Library/Application Support/Tandem');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')).toBe('C:\\Users\\a\\AppData\\Roaming\\Tandem');
  });

  it('launches an app window on a stable profile inside the data dir', () => {
    const args = browserLaunchArgs('http://127.0.0.1:4790/', '/data', false);
    expect(args).toContain('--app=http://127.0.0.1:4790/');
    expect(args).toContain('--user-data-dir=/data/browser-profile');
    expect(args).not.toContain('--no-sandbox');
    expect(browserLaunchArgs('u', '/data', true)).toContain('--no-sandbox');
  });

  it('tries TANDEM_BROWSER first, then Debian’s real Chromium binary', () => {
    const linux = browserCandidates('linux', { TANDEM_BROWSER: '/opt/b', PATH: '/usr/bin' });
    expect(linux.slice(0, 3)).toEqual(['/opt/b', '/usr/lib/chromium/chromium', '/usr/bin/chromium']);
    expect(linux).toContain('/usr/bin/google-chrome');
    expect(browserCandidates('darwin', { HOME: '/Users/a' })[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(browserCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });
});
