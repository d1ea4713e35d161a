import type { Figures } from './figures';

/**
 * Where the mesh stops being reasonable on this machine, judged on CPU time rather than wall time
 * (all N laptops run on this one thread, and wall time on a shared machine mostly measures the
 * other tenants). Each limit is a person's, not a tuning of ours: Nielsen's response-time limits
 * (0.1 s feels instant, 10 s keeps attention), and an idle room that leaves this machine most of a core.
 */
export const LIMITS = {
  /** One keystroke, until the whole room has it. */
  editCpuMs: 100,
  /** The catch-up after the divergence. */
  catchUpCpuMs: 10_000,
  /** An idle second: presence alone. */
  idleCpuMs: 500,
} as const;

/** Every limit the mesh breaks at this N, in words with the figure; null when within all. */
export function meshBreaks(mesh: Figures, limitMs: number): string | null {
  const { catchUp, perEdit, idleSecond, laptops: n } = mesh;
  const broken: string[] = [];
  if (!catchUp.converged) broken.push(`its catch-up did not finish within the ${(limitMs / 1000).toFixed(0)} s allowed: ${catchUp.note}`);
  else if (catchUp.cpuMs > LIMITS.catchUpCpuMs) broken.push(`its catch-up took ${(catchUp.cpuMs / 1000).toFixed(1)} s of CPU (limit ${LIMITS.catchUpCpuMs / 1000} s; ${(catchUp.busiestMs / 1000).toFixed(1)} s on the busiest laptop)`);
  if (perEdit.cpuMs > LIMITS.editCpuMs) broken.push(`one keystroke took ${perEdit.cpuMs.toFixed(0)} ms of CPU to reach the room (limit ${LIMITS.editCpuMs} ms; ${((n - 1) ** 2).toLocaleString('en-US')} messages)`);
  if (idleSecond && idleSecond.cpuMs > LIMITS.idleCpuMs) broken.push(`an idle second's presence took ${idleSecond.cpuMs.toFixed(0)} ms of CPU (limit ${LIMITS.idleCpuMs} ms)`);
  return broken.length > 0 ? broken.join('; ') : null;
}

export function printVerdict(meshes: readonly Figures[], limitMs: number): void {
  const within = meshes.filter((mesh) => meshBreaks(mesh, limitMs) === null).map((mesh) => mesh.laptops);
  const first = meshes.find((mesh) => meshBreaks(mesh, limitMs) !== null);
  console.log(`\nVerdict (limits: ${LIMITS.editCpuMs} ms of CPU per keystroke, ${LIMITS.catchUpCpuMs / 1000} s for the catch-up, ${LIMITS.idleCpuMs} ms per idle second):`);
  if (!first) {
    console.log(`  the mesh stays reasonable on this machine up to ${Math.max(...within)} laptops, the most measured.`);
    return;
  }
  const last = within.filter((n) => n < first.laptops).at(-1);
  console.log(`  the mesh stops being reasonable on this machine at ${first.laptops} laptops${last ? ` (fine at ${last})` : ''}: ${meshBreaks(first, limitMs)}.`);
  for (const later of meshes.filter((mesh) => mesh.laptops > first.laptops)) {
    const why = meshBreaks(later, limitMs);
    if (why) console.log(`  at ${later.laptops}: ${why}.`);
  }
  // The same figures per laptop, as N real laptops would each carry them on their own CPU.
  const largest = meshes.at(-1)!;
  console.log(
    `  Spread over ${largest.laptops} real laptops, each on its own CPU: ${(largest.catchUp.busiestMs / 1000).toFixed(1)} s of catch-up on the busiest${largest.catchUp.converged ? '' : ' (so far)'}, ` +
      `${(largest.perEdit.cpuMs / largest.laptops).toFixed(1)} ms per keystroke and ${largest.idleSecond ? (largest.idleSecond.cpuMs / largest.laptops).toFixed(0) : '—'} ms of every idle second on each: the cost is the room's traffic, not one laptop's speed.`,
  );
  console.log('  Every edit is sent on by each laptop that receives it (lan-sync.ts: a peer\'s update goes on to every other peer), so a full');
  console.log('  mesh carries one edit (N−1)² times and one heartbeat likewise; the relay carries it N times (once in, N−1 out).');
}
