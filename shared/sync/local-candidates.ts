/**
 * A description that carries no ICE candidate: this laptop has nothing the other can connect
 * to, so the link cannot open, and waiting 20 s to blame "the network" would send the user the
 * wrong way. The usual cause is the browser, not the network: Chromium offers a page only the
 * address of the interface holding the default route unless the page has camera or microphone
 * permission (blink's FilteringNetworkManager; no command-line switch lifts this in current
 * Chromium), so on a LAN without a router (no default route) a browser-mode page gathers
 * nothing. The desktop app lifts the gate itself (electron/webrtc-policy.ts).
 */
export const NO_LOCAL_ADDRESS =
  'This laptop offered no network address to the other laptop: the browser shows a page only the address of the network that has the default route (a router), and this network has none. ' +
  'To connect, join both laptops to a network with a router (meeting-room Wi-Fi usually has one) or set a gateway in this laptop’s network settings, ' +
  'or use the Tandem desktop app, or exchange a sync file instead.';

/** Whether an SDP offer or answer lists no candidate at all (host, mDNS or other). */
export function offersNoAddress(sdp: string): boolean {
  return !/^a=candidate:/m.test(sdp);
}
