// Runs tests/e2e-loopback in a new network namespace (`unshare --net`, as an unprivileged user
// namespace where needed) that holds nothing but loopback and a meeting room: one veth pair whose
// two ends are both inside, `room0` for the laptops (10.77.0.1) and `router0` (10.77.0.254) for
// a router that forwards nowhere (forwarding is off in a new namespace). It is the proof that LAN
// sync needs nothing beyond the room, and the place where a network drop can be made real.
// The router is there because Chromium gives a page without camera/microphone permission only
// the address of the default route's interface (shared/sync/webrtc-flags.ts): a room network with
// a router is what browser mode needs, and what the specs must run without any permission grant.
// Fails the run when the namespace cannot be made: a proof that silently did not run is no proof.
import { spawnSync } from 'node:child_process';

const room = [
  'ip link set lo up',
  'ip link add room0 type veth peer name router0',
  'ip addr add 10.77.0.1/24 dev room0',
  'ip addr add 10.77.0.254/24 dev router0',
  'ip link set room0 up',
  'ip link set router0 up',
  'ip route add default via 10.77.0.254 dev room0',
].join(' && ');
const inner = `${room} && exec npx playwright test --config playwright.loopback.config.ts`;
const asRoot = process.getuid?.() === 0;
const args = [...(asRoot ? [] : ['--map-root-user']), '--net', 'sh', '-c', inner];
const result = spawnSync('unshare', args, { stdio: 'inherit', env: { ...process.env, TANDEM_LOOPBACK_ONLY: '1' } });
if (result.error) {
  console.error(`e2e-loopback: cannot run unshare (${result.error.message}); install util-linux and iproute2 (and a kernel with veth).`);
  process.exit(1);
}
process.exit(result.status ?? 1);
