import { EventEmitter } from 'node:events';
import type { App, HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it } from 'vitest';
import { attachNavigationGuards, guardAllWebContents, isAppUrl } from '../../../electron/navigation-guards';

/** A WebContents as far as the guards can tell: events, and a window-open handler slot. */
class FakeWebContents extends EventEmitter {
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  /** Emits like Electron does (an Event carrying the url first) and reports whether it was prevented. */
  navigate(event: string, url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  attachNavigationGuards(contents as unknown as WebContents);
  return contents;
}

describe('isAppUrl', () => {
  it.each(['app://tandem/', 'app://tandem/index.html', 'app://tandem/assets/a.js?x=1#y', 'app://tandem'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });
  it.each([
    'https://example.com/',
    'http://tandem/',
    'file:///etc/passwd',
    'app://evil/',
    'app://tandem.evil.com/',
    'app://user:pw@tandem/',
    'app://user@tandem/',
    'app://:pw@tandem/',
    'app://tandem:8080/',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('attachNavigationGuards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s to https://example.com is prevented', (event) => {
    expect(guarded().navigate(event, 'https://example.com/')).toBe(true);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s within the app is allowed', (event) => {
    expect(guarded().navigate(event, 'app://tandem/index.html#/plan')).toBe(false);
  });

  it('denies window.open for any URL, the app\'s own included', () => {
    const contents = guarded();
    expect(contents.openHandler).not.toBeNull();
    for (const url of ['https://example.com/', 'app://tandem/index.html', 'about:blank']) {
      const details = { url, frameName: '', features: '', disposition: 'new-window', referrer: {}, postBody: undefined };
      expect(contents.openHandler?.(details as unknown as HandlerDetails)).toEqual({ action: 'deny' });
    }
  });

  it('prevents attaching a <webview>', () => {
    const contents = guarded();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src: 'app://tandem/' });
    expect(prevented).toBe(true);
  });
});

describe('guardAllWebContents', () => {
  it('guards every WebContents the app creates', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.openHandler).not.toBeNull();
  });
});
