import { describe, expect, it } from 'vitest';
import { devToolsAllowed, mainWindowOptions } from '../../../electron/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/dist/electron/preload.cjs');
  const prefs = options.webPreferences ?? {};

  it('pins every renderer hardening flag explicitly', () => {
    // Each flag is compared with toBe, so "unset" (undefined) fails as well as the wrong value.
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('uses the given preload and nothing else that runs with privileges', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('keeps devtools off unless asked for', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions('/p.cjs', true).webPreferences?.devTools).toBe(true);
  });

  it('starts hidden, titled and with a usable minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Tandem');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });
});

describe('devToolsAllowed', () => {
  it('allows DevTools only unpackaged and with TANDEM_DEVTOOLS=1', () => {
    expect(devToolsAllowed(false, { TANDEM_DEVTOOLS: '1' })).toBe(true);
  });

  it('keeps them off for `npm start` users (unpackaged, no opt-in) and in any packaged app', () => {
    expect(devToolsAllowed(false, {})).toBe(false);
    expect(devToolsAllowed(false, { TANDEM_DEVTOOLS: '0' })).toBe(false);
    expect(devToolsAllowed(false, { TANDEM_DEVTOOLS: 'true' })).toBe(false);
    expect(devToolsAllowed(true, { TANDEM_DEVTOOLS: '1' })).toBe(false);
  });
});
