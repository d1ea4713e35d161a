import type { WebContents } from 'electron';

/**
 * What the desktop app sets so that two laptops on a LAN connect whether or not the network has
 * a default route (a router), with no camera or microphone grant:
 * - IP handling policy `default`: WebRTC may use every interface, not only the default route's
 *   (the `default_public_*` policies would hide a LAN without a router, `disable_non_proxied_udp`
 *   all of them). It is Chromium's default; set explicitly so no preference narrows it.
 * - mDNS obfuscation off (the `disable-features` switch, shared/sync/webrtc-flags.ts): peers see
 *   each other's real addresses, so nothing depends on multicast DNS, which many networks filter.
 * - Chromium enumerates interfaces beyond the default route only for a page whose camera or
 *   microphone *check* says granted (blink's FilteringNetworkManager). Electron asks the
 *   session's permission check handler, so permissions.ts answers that check yes for the app's
 *   own pages, while every *request* (getUserMedia) stays denied: no device is ever opened.
 * Without the last point, a LAN without a router gives the page no address at all
 * (shared/sync/local-candidates.ts says so to the user in browser mode, where it cannot be set).
 * @see https://www.rfc-editor.org/rfc/rfc8828 (WebRTC IP address handling modes)
 * @see third_party/blink/renderer/platform/p2p/filtering_network_manager.cc (the camera/microphone gate)
 * @see electron shell/browser/electron_permission_manager.cc, CheckPermissionWithDetails: audio and
 *   video capture checks reach the check handler as 'media' with mediaType 'audio' / 'video'.
 */
export const WEBRTC_IP_HANDLING_POLICY = 'default' as const;

export function applyWebRtcPolicy(contents: Pick<WebContents, 'setWebRTCIPHandlingPolicy'>): void {
  contents.setWebRTCIPHandlingPolicy(WEBRTC_IP_HANDLING_POLICY);
}
