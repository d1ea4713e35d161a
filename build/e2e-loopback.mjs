// Runs tests/e2e-loopback in a new network namespace that has only a loopback interface
// (`unshare --net`, as an unprivileged user namespace where needed): the proof that LAN sync needs
// nothing beyond the room, and the place where a network drop can be made real (`ip link set lo
// down`). Fails the run when the namespace cannot be made: a proof that silently did not run is
// no proof.
import { spawnSync } from 'node:child_process';

const inner = 'ip link set lo up && exec npx playwright test --config playwright.loopback.config.ts';
const asRoot = process.getuid?.() === 0;
const args = [...(asRoot ? [] : ['--map-root-user']), '--net', 'sh', '-c', inner];
const result = spawnSync('unshare', args, { stdio: 'inherit', env: { ...process.env, TANDEM_LOOPBACK_ONLY: '1' } });
if (result.error) {
  console.error(`e2e-loopback: cannot run unshare (${result.error.message}); install util-linux and iproute2.`);
  process.exit(1);
}
process.exit(result.status ?? 1);
