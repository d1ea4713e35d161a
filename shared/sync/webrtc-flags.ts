/**
 * Chromium hides a page's LAN addresses from WebRTC behind random mDNS names (xxxx.local) unless
 * it has camera or microphone permission; the other laptop must then resolve that name by
 * multicast DNS, which many meeting-room and hotel networks filter. Tandem's peers learn each
 * other's addresses only inside messages encrypted with the room's passphrase, so nothing is
 * gained by hiding them from each other, and a session that cannot connect would be lost: both
 * the Electron shell and the browser-mode launcher turn the obfuscation off.
 */
export const WEBRTC_DISABLED_FEATURES = 'WebRtcHideLocalIpsWithMdns';

/**
 * The Chromium switches the browser-mode launcher passes for WebRTC, in one place so the e2e
 * fixtures launch Chromium exactly as the product does (never with a permission grant).
 * Nothing more can be set from the command line in current Chromium (156 measured): without a
 * camera/microphone grant a page gets only the default route's address, and the old switches
 * that lifted that (the `WebRTC-LocalIPPermissionCheck` field trial,
 * `--force-webrtc-ip-handling-policy`) no longer have any effect. On a LAN without a default
 * route the page then gathers nothing, and shared/sync/local-candidates.ts tells the user.
 */
export const WEBRTC_BROWSER_SWITCHES: readonly string[] = [`--disable-features=${WEBRTC_DISABLED_FEATURES}`];
