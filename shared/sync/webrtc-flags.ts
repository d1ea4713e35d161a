/**
 * Chromium hides a page's LAN addresses from WebRTC behind random mDNS names (xxxx.local) unless
 * it has camera or microphone permission; the other laptop must then resolve that name by
 * multicast DNS, which many meeting-room and hotel networks filter. Tandem's peers learn each
 * other's addresses only inside messages encrypted with the room's passphrase, so nothing is
 * gained by hiding them from each other, and a session that cannot connect would be lost: both
 * the Electron shell and the browser-mode launcher turn the obfuscation off.
 */
export const WEBRTC_DISABLED_FEATURES = 'WebRtcHideLocalIpsWithMdns';
