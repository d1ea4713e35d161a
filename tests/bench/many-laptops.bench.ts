/**
 * Many laptops (issue 18): with N = 2, 5, 10, 20 and 50 simulated laptops, bytes and CPU per edit
 * and the time to converge after an offline divergence, for the LAN mesh and for the relay, on the
 * production sync code.
 *
 * - Mesh (many-laptops/mesh.ts): a full mesh of in-memory links, each end the app's PeerSession
 *   over PeerLink's framing, merging through ShadowGate, forwarding as lan-sync.ts does. WebRTC,
 *   signaling and room crypto are left out.
 * - Relay (many-laptops/relay.ts): the relay as `npm run relay` runs it, in its own process on
 *   127.0.0.1 with its default limits, and N laptops that are the app's own relay client
 *   (openRelayLink from runtime/relay/relay-link.ts: @hocuspocus/provider on a mirror document,
 *   the same ShadowGate), over ws sockets, each from its own loopback address.
 *
 * Each run: N laptops open the same workspace (seed + 100 actions), each makes K offline edits
 * (lan-reconnect/offline-edits.ts), then every link opens at once: the catch-up, timed until every
 * document holds the merged state vector. Then live keystrokes, round robin over the laptops, each
 * delivered everywhere before the next. The mesh also renews every laptop's presence once (one
 * idle second). It throws only on correctness (a laptop not holding the merged workspace, a refusal,
 * a relay that loses an edit); every time is a figure, and the verdict is printed, never thrown.
 *
 * TANDEM_BENCH_LAPTOPS=2,5 TANDEM_BENCH_MODES=mesh|relay TANDEM_BENCH_OFFLINE=100 TANDEM_BENCH_EDITS=100
 * narrow a run.
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { createJoinCode, formatJoinCode } from '../../shared/sync/join-code';
import type { Figures } from './many-laptops/figures';
import { runMesh, type RunOptions } from './many-laptops/mesh-run';
import { startRelayProcess } from './many-laptops/relay';
import { runRelay } from './many-laptops/relay-run';
import { printForN, printSummary } from './many-laptops/report';
import { printVerdict } from './many-laptops/verdict';
import { BASE_ACTIONS, makeBase } from './many-laptops/workspace';

const ROOT = process.cwd();
const LAPTOPS = (process.env.TANDEM_BENCH_LAPTOPS ?? '2,5,10,20,50').split(',').map(Number);
const MODES = (process.env.TANDEM_BENCH_MODES ?? 'mesh,relay').split(',');
const OFFLINE_EDITS = Number(process.env.TANDEM_BENCH_OFFLINE ?? 100);
const LIVE_EDITS = Number(process.env.TANDEM_BENCH_EDITS ?? 100);
/** The brief's bound for the largest mesh: measured if it finishes in about two minutes, else reported as stopped. */
const MESH_LIMIT_MS = 120_000;
const RELAY_LIMIT_MS = 120_000;
/** Live keystrokes stop after this long (at least MIN_LIVE_EDITS): 100 at 50 laptops is 240,100 mesh messages. */
const LIVE_BUDGET_MS = 10_000;
/** Two folders under the root, as dist/electron/relay.cjs is: the relay finds seeds/ at ../../seeds. */
const RELAY_BUNDLE = 'dist/bench-relay/relay.cjs';

async function bundleRelay(): Promise<void> {
  // build/node-entries.mjs: the build's own esbuild settings for the relay (plain JS: imported by path, typed here).
  const entries = (await import(path.join(ROOT, 'build/node-entries.mjs'))) as {
    RELAY_ENTRY: { entry: string; external: string[] };
    bundleNodeEntry(root: string, entry: { entry: string; out: string; external: string[] }): Promise<void>;
  };
  await entries.bundleNodeEntry(ROOT, { ...entries.RELAY_ENTRY, out: RELAY_BUNDLE });
}

const base = makeBase(ROOT);
const code = createJoinCode(new Uint8Array(randomBytes(24)));
if (MODES.includes('relay')) await bundleRelay();
console.log(`  ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), load average ${loadavg()[0]!.toFixed(1)} at the start`);
console.log(`  workspace: the seed + ${BASE_ACTIONS} actions (${(base.update.length / 1024).toFixed(0)} KiB); ${OFFLINE_EDITS} offline edits per laptop; ${LIVE_EDITS} live keystrokes per run`);
console.log('  relay: electron/host/relay/cli.ts in its own process (default limits); laptops: openRelayLink (the app\'s relay client) over ws');

const rows: { mesh: Figures | null; relay: Figures | null }[] = [];
for (const laptops of LAPTOPS) {
  const options: RunOptions = { laptops, offlineEdits: OFFLINE_EDITS, liveEdits: LIVE_EDITS, liveBudgetMs: LIVE_BUDGET_MS, limitMs: MESH_LIMIT_MS };
  const mesh = MODES.includes('mesh') ? runMesh(base, options) : null;
  let relay: Figures | null = null;
  if (MODES.includes('relay')) {
    // A fresh relay for each N, holding the room's common base as kept from earlier sessions.
    const server = await startRelayProcess(path.join(ROOT, RELAY_BUNDLE), code, formatJoinCode(code), base.update);
    try {
      relay = await runRelay(server, code, base, { ...options, limitMs: RELAY_LIMIT_MS });
    } finally {
      await server.stop();
    }
  }
  printForN(OFFLINE_EDITS, mesh, relay);
  rows.push({ mesh, relay });
}
printSummary(rows);
const meshes = rows.flatMap((row) => (row.mesh ? [row.mesh] : []));
if (meshes.length > 0) printVerdict(meshes, MESH_LIMIT_MS);
console.log(`\n  Load average ${loadavg()[0]!.toFixed(1)} at the end: wall times include the machine's other tenants; CPU times do not.`);
