import { totalCpu, type Figures } from './figures';

/**
 * The printed tables: one per N (mesh and relay side by side, and relay/mesh), then one line per N
 * across all of them. Bytes are what the laptops hand their links both ways, counted once: the
 * mesh's data-channel frames (header included), the relay's WebSocket messages (no framing, TCP or
 * encryption overhead on either). CPU is user + system time: "laptops" is this process (all N),
 * "relay" the relay's own process; a ratio of CPU is the relay's total (both) over the mesh's.
 */
const kib = (bytes: number) => (bytes >= 10 * 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MiB` : bytes >= 10 * 1024 ? `${(bytes / 1024).toFixed(0)} KiB` : `${bytes.toFixed(0)} B`);
const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`);
const ratio = (relay: number, mesh: number) => (mesh > 0 ? `${relay / mesh >= 10 ? (relay / mesh).toFixed(0) : (relay / mesh).toFixed(2)}×` : '—');
const cell = (text: string, width: number) => text.padStart(width);

export function printForN(offlineEdits: number, mesh: Figures | null, relay: Figures | null): void {
  const n = (mesh ?? relay)!.laptops;
  console.log(`\n${n} laptops: mesh ${mesh ? `${mesh.links} links` : 'not run'}, relay ${relay ? `${relay.links} connections` : 'not run'}`);
  console.log(`  ${''.padEnd(44)}${cell('mesh', 12)}${cell('relay', 12)}${cell('relay/mesh', 12)}`);
  const row = (label: string, pick: (f: Figures) => number | null, format: (value: number) => string, compare = true) => {
    const m = mesh ? pick(mesh) : null;
    const r = relay ? pick(relay) : null;
    const show = (value: number | null) => (value === null ? '—' : format(value));
    console.log(`  ${label.padEnd(44)}${cell(show(m), 12)}${cell(show(r), 12)}${cell(compare && m !== null && r !== null ? ratio(r, m) : '', 12)}`);
  };
  // A stopped catch-up's figures are partial: shown, never divided.
  const whole = !mesh || mesh.catchUp.converged;
  console.log(`  catch-up after ${offlineEdits} offline edits on each laptop`);
  row('  until all hold the same (wall, this machine)', (f) => (f.catchUp.converged ? f.catchUp.wallMs : null), ms);
  row('  busiest laptop, its own work', (f) => f.catchUp.busiestMs, ms, whole);
  row('  bytes on all links', (f) => f.catchUp.bytes, kib, whole);
  row('  CPU, laptops', (f) => f.catchUp.cpuMs, ms, false);
  row('  CPU, relay process', (f) => f.catchUp.relayCpuMs, ms, false);
  row('  CPU, all', (f) => totalCpu(f.catchUp), ms, whole);
  for (const f of [mesh, relay]) if (f?.catchUp.note) console.log(`  ${f.transport} catch-up ${f.catchUp.note}`);
  const edits = [mesh, relay].flatMap((f) => (f ? [`${f.transport} ${f.perEdit.edits}`] : [])).join(', ');
  console.log(`  per live edit (keystrokes, round robin over the laptops: ${edits})`);
  if (mesh?.liveOnFreshRoom) console.log('  (mesh: on a second room of as many laptops that parted without offline edits, the first being stopped)');
  row('  until every laptop holds it (wall)', (f) => f.perEdit.wallMs, ms);
  row('  bytes on all links', (f) => f.perEdit.bytes, kib);
  row('  CPU, laptops', (f) => f.perEdit.cpuMs, ms, false);
  row('  CPU, relay process', (f) => f.perEdit.relayCpuMs, ms, false);
  row('  CPU, all', (f) => totalCpu(f.perEdit), ms);
  if (mesh?.idleSecond) {
    console.log(`  idle room, one second (every laptop's presence heartbeat, HEARTBEAT_MS = 1 s)`);
    row('  bytes on all links', (f) => f.idleSecond?.bytes ?? null, kib, false);
    row('  CPU, all laptops', (f) => f.idleSecond?.cpuMs ?? null, ms, false);
  }
}

export function printSummary(rows: readonly { mesh: Figures | null; relay: Figures | null }[]): void {
  console.log('\nAll N (per live edit; catch-up CPU and bytes after the divergence)');
  console.log(`  ${'N'.padStart(3)} ${'links'.padStart(6)} │ ${'mesh B/edit'.padStart(11)} ${'CPU/edit'.padStart(9)} ${'catch-up'.padStart(9)} ${'bytes'.padStart(8)} │ ${'relay B/edit'.padStart(12)} ${'CPU/edit'.padStart(9)} ${'catch-up'.padStart(9)} ${'bytes'.padStart(8)} │ ${'relay/mesh: B/edit'.padStart(18)} ${'CPU/edit'.padStart(9)} ${'catch-up CPU'.padStart(12)}`);
  for (const { mesh, relay } of rows) {
    const n = (mesh ?? relay)!.laptops;
    const side = (f: Figures | null, width: number) =>
      f
        ? `${cell(kib(f.perEdit.bytes), width)} ${cell(ms(totalCpu(f.perEdit)), 9)} ${cell(f.catchUp.converged ? ms(totalCpu(f.catchUp)) : 'stopped', 9)} ${cell(kib(f.catchUp.bytes), 8)}`
        : `${cell('not run', width)} ${''.padStart(9 + 1 + 9 + 1 + 8)}`;
    const both = mesh && relay;
    const ratios = both
      ? `${cell(ratio(relay.perEdit.bytes, mesh.perEdit.bytes), 18)} ${cell(ratio(totalCpu(relay.perEdit), totalCpu(mesh.perEdit)), 9)} ${cell(mesh.catchUp.converged ? ratio(totalCpu(relay.catchUp), totalCpu(mesh.catchUp)) : '—', 12)}`
      : '';
    console.log(`  ${String(n).padStart(3)} ${String((n * (n - 1)) / 2).padStart(6)} │ ${side(mesh, 11)} │ ${side(relay, 12)} │ ${ratios}`);
  }
}
