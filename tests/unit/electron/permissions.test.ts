import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { applyPermissionPolicy, decidePermission, decidePermissionCheck } from '../../../electron/permissions';
import { applyWebRtcPolicy } from '../../../electron/webrtc-policy';

const APP = 'app://tandem/index.html';

describe('decidePermission', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'display-capture',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'pointerLock',
    'midiSysex',
    'hid',
    'usb',
    'serial',
    'local-network-access',
    'unknown',
    'some-future-permission',
  ])('denies %s even to the app', (permission) => {
    expect(decidePermission(permission, APP)).toBe(false);
  });

  it('allows a sanitized clipboard write from the app', () => {
    expect(decidePermission('clipboard-sanitized-write', APP)).toBe(true);
  });

  it.each(['https://example.com/', 'file:///tmp/x.html', 'app://evil/', ''])(
    'denies even the clipboard write to %s',
    (url) => {
      expect(decidePermission('clipboard-sanitized-write', url)).toBe(false);
    },
  );
});

describe('applyPermissionPolicy', () => {
  type Handlers = {
    request?: Parameters<Session['setPermissionRequestHandler']>[0];
    check?: Parameters<Session['setPermissionCheckHandler']>[0];
    device?: Parameters<Session['setDevicePermissionHandler']>[0];
  };
  function wired(): Handlers {
    const handlers: Handlers = {};
    applyPermissionPolicy({
      setPermissionRequestHandler: (handler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler) => (handlers.check = handler),
      setDevicePermissionHandler: (handler) => (handlers.device = handler),
    });
    return handlers;
  }
  // The fakes only need what the handlers read; casts keep the test free of Electron objects.
  const anyContents = null as never;

  it('answers permission requests with the policy', () => {
    const { request } = wired();
    const answers: boolean[] = [];
    request?.(anyContents, 'media', (granted) => answers.push(granted), { requestingUrl: APP, isMainFrame: true });
    request?.(anyContents, 'clipboard-sanitized-write', (granted) => answers.push(granted), { requestingUrl: APP, isMainFrame: true });
    request?.(anyContents, 'clipboard-sanitized-write', (granted) => answers.push(granted), {
      requestingUrl: 'https://example.com/',
      isMainFrame: true,
    });
    expect(answers).toEqual([false, true, false]);
  });

  it('answers permission checks with the policy, falling back to the origin', () => {
    const { check } = wired();
    expect(check?.(null, 'geolocation', 'app://tandem', { requestingUrl: APP, isMainFrame: true })).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write', 'app://tandem', { requestingUrl: APP, isMainFrame: true })).toBe(true);
    expect(check?.(null, 'clipboard-sanitized-write', 'app://tandem', { isMainFrame: true })).toBe(true);
    expect(check?.(null, 'clipboard-sanitized-write', 'https://example.com', { isMainFrame: true })).toBe(false);
  });

  it('says yes to the app’s own camera/microphone checks (WebRTC lists interfaces only then), never to a request', () => {
    const { check, request } = wired();
    expect(check?.(null, 'media', 'app://tandem', { requestingUrl: APP, isMainFrame: true, mediaType: 'audio' })).toBe(true);
    expect(check?.(null, 'media', 'app://tandem', { requestingUrl: APP, isMainFrame: true, mediaType: 'video' })).toBe(true);
    expect(check?.(null, 'media', 'app://tandem', { isMainFrame: true, mediaType: 'video' })).toBe(true);
    expect(check?.(null, 'media', 'app://tandem', { requestingUrl: APP, isMainFrame: true, mediaType: 'unknown' })).toBe(false);
    expect(check?.(null, 'media', 'app://tandem', { requestingUrl: APP, isMainFrame: true })).toBe(false);
    expect(check?.(null, 'media', 'https://example.com', { requestingUrl: 'https://example.com/', isMainFrame: true, mediaType: 'audio' })).toBe(false);
    expect(decidePermissionCheck('media', 'app://evil/', 'audio')).toBe(false);
    const answers: boolean[] = [];
    request?.(anyContents, 'media', (granted) => answers.push(granted), { requestingUrl: APP, isMainFrame: true, mediaTypes: ['audio', 'video'] } as never);
    expect(answers).toEqual([false]);
  });

  it('sets the WebRTC IP handling policy that lets every interface be used', () => {
    const policies: string[] = [];
    applyWebRtcPolicy({ setWebRTCIPHandlingPolicy: (policy) => void policies.push(policy) });
    expect(policies).toEqual(['default']);
  });

  it('denies every device', () => {
    const { device } = wired();
    expect(device).toBeTypeOf('function');
    expect(device?.({ deviceType: 'usb', origin: 'app://tandem', device: {} } as never)).toBe(false);
  });
});
