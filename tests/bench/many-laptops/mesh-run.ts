import type * as Y from 'yjs';
import type { CatchUp, Figures, PerEdit } from './figures';
import { cpuMs } from './measure';
import { Mesh, MeshLaptop } from './mesh';
import { checkConverged, keystroke, mergedState, openWorkspace, workOffline, type Base } from './workspace';

export interface RunOptions {
  readonly laptops: number;
  readonly offlineEdits: number;
  /** At most this many live keystrokes… */
  readonly liveEdits: number;
  /** …and no more after this long (wall), though at least MIN_LIVE_EDITS. */
  readonly liveBudgetMs: number;
  /** A catch-up still running after this long (wall) is stopped and reported as such. */
  readonly limitMs: number;
}

export const MIN_LIVE_EDITS = 10;

/**
 * The LAN mesh at N laptops (mesh.ts): K offline edits on each, every link opened at once and
 * delivered until quiet; then live keystrokes, round robin over the laptops, each delivered to the
 * whole room before the next; then one round of presence heartbeats. Throws if the documents do
 * not end identical, holding every laptop's work.
 *
 * A catch-up stopped at the limit leaves no converged room to type in, so the live figures are then
 * taken on a second room of N laptops that parted without offline edits (its catch-up trivial),
 * which is what a keystroke costs once a room is in step; the report says so.
 */
export function runMesh(base: Base, options: RunOptions): Figures {
  const first = room(base, options.laptops, options.offlineEdits);
  try {
    const catchUp = catchUpOf(first, options.limitMs);
    if (catchUp.converged) return { transport: 'mesh', laptops: options.laptops, links: first.mesh.links, catchUp, ...live(first, base, options) };
    first.destroy();
    const second = room(base, options.laptops, 0);
    try {
      if (!catchUpOf(second, Infinity).converged) throw new Error('unreachable: an unlimited flush always drains');
      return { transport: 'mesh', laptops: options.laptops, links: second.mesh.links, catchUp, ...live(second, base, options), liveOnFreshRoom: true };
    } finally {
      second.destroy();
    }
  } finally {
    first.destroy();
  }
}

interface Room {
  readonly docs: readonly Y.Doc[];
  readonly laptops: readonly MeshLaptop[];
  readonly mesh: Mesh;
  readonly expected: ReturnType<typeof mergedState>;
  destroy(): void;
}

function room(base: Base, n: number, offlineEdits: number): Room {
  const docs = Array.from({ length: n }, () => openWorkspace(base));
  // The gate first: in the app it exists from the moment the workspace opens and mirrors every edit.
  const laptops = docs.map((doc, index) => new MeshLaptop(doc, index));
  docs.forEach((doc, index) => workOffline(doc, index, offlineEdits, base));
  const expected = mergedState(docs);
  const mesh = new Mesh(laptops);
  let destroyed = false;
  return {
    docs,
    laptops,
    mesh,
    expected,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      mesh.destroy();
      for (const doc of docs) doc.destroy();
    },
  };
}

function catchUpOf({ docs, laptops, mesh, expected }: Room, limitMs: number): CatchUp {
  const cpuStart = cpuMs();
  const started = performance.now();
  mesh.open();
  const converged = mesh.flush(started + limitMs);
  const wallMs = performance.now() - started;
  const cpu = cpuMs() - cpuStart;
  checkProblems(mesh);
  if (converged) checkConverged(`mesh of ${docs.length}, after the catch-up`, docs, expected);
  const delivered = mesh.frames - mesh.queued;
  return {
    converged,
    wallMs,
    busiestMs: Math.max(...laptops.map((laptop) => laptop.busyMs)),
    bytes: mesh.bytes,
    cpuMs: cpu,
    relayCpuMs: null,
    note: converged
      ? null
      : `stopped at ${(wallMs / 1000).toFixed(0)} s (${(cpu / 1000).toFixed(1)} s of CPU: this process had ${((100 * cpu) / wallMs).toFixed(0)}% of a core) with ${delivered.toLocaleString('en-US')} frames delivered and ${mesh.queued.toLocaleString('en-US')} queued; bytes are those sent so far`,
  };
}

function live({ docs, laptops, mesh }: Room, base: Base, options: RunOptions): { perEdit: PerEdit; idleSecond: { bytes: number; cpuMs: number } } {
  const n = docs.length;
  const bytesBefore = mesh.bytes;
  const cpuBefore = cpuMs();
  const started = performance.now();
  let edits = 0;
  while (edits < options.liveEdits && (edits < MIN_LIVE_EDITS || performance.now() - started < options.liveBudgetMs)) {
    keystroke(docs[edits % n]!, base, edits);
    mesh.flush();
    edits++;
  }
  const perEdit = { edits, bytes: (mesh.bytes - bytesBefore) / edits, cpuMs: (cpuMs() - cpuBefore) / edits, relayCpuMs: null, wallMs: (performance.now() - started) / edits };
  checkConverged(`mesh of ${n}, after the live edits`, docs, mergedState(docs));

  const idleBytes = mesh.bytes;
  const idleCpu = cpuMs();
  for (const laptop of laptops) laptop.heartbeat();
  mesh.flush();
  const idleSecond = { bytes: mesh.bytes - idleBytes, cpuMs: cpuMs() - idleCpu };
  checkProblems(mesh);
  return { perEdit, idleSecond };
}

function checkProblems(mesh: Mesh): void {
  if (mesh.problems.length > 0) throw new Error(`Benchmark correctness check failed: the mesh reported ${mesh.problems.slice(0, 3).join(' | ')}`);
}
