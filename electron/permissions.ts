import type { Session } from 'electron';
import { isAppUrl } from './navigation-guards';

/**
 * Electron grants every permission by default. Tandem needs exactly one: writing to the
 * clipboard (copy a plan line, a bundle code), and only for its own pages. Camera, microphone,
 * geolocation, notifications, HID/USB/serial, screen capture, openExternal, … are denied:
 * nothing in the app uses them, and a renderer fed untrusted peer data must not reach them.
 * Signal Desktop keeps the same shape: a short allow-list, everything else denied.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function decidePermission(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/**
 * A permission *check* (not a request) is also how Chromium decides whether WebRTC may list this
 * laptop's interfaces beyond the default route's: a camera or microphone check that says yes
 * (webrtc-policy.ts). The app's own pages get that answer; the request that would open a device
 * (getUserMedia) is still answered by decidePermission, which denies it.
 */
export function decidePermissionCheck(permission: string, requestingUrl: string, mediaType?: string): boolean {
  if (permission === 'media' && (mediaType === 'audio' || mediaType === 'video')) return isAppUrl(requestingUrl);
  return decidePermission(permission, requestingUrl);
}

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/**
 * Wires the policy into a session. Both handlers are needed: the request handler answers
 * prompts (navigator.permissions.request, getUserMedia), the check handler answers synchronous
 * queries (navigator.permissions.query, clipboard checks); leaving either unset means "granted".
 */
export function applyPermissionPolicy(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermission(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    // requestingUrl is absent for checks not made by a document (e.g. a service worker); the
    // origin alone (app://tandem) still identifies our pages.
    return decidePermissionCheck(permission, details.requestingUrl ?? requestingOrigin, details.mediaType);
  });
  // Device choosers (HID, USB, serial, Bluetooth): never.
  session.setDevicePermissionHandler(() => false);
}
