/**
 * Reconnect after offline work (issue 5, Proof: Benchmark): the time from "connect" to identical
 * documents on two laptops that each made N edits offline, N = 1,000, 10,000 and 30,000, for
 * Tandem's LAN sync (LanSync: signaling client, PeerLink, PeerSession, ShadowGate) and for raw
 * y-webrtc (WebrtcProvider with our signaling server, a password and no ICE servers), in the same
 * run, on the same machine, through the same signaling server (started here, on loopback).
 *
 * Two laptops: two Chromium processes (chromium.launch twice), each with one page of
 * tests/bench/lan-reconnect/harness-page.ts, bundled here for the browser and served from a small
 * HTTP server on 127.0.0.1. Each page starts from the same base (the canonical seed plus 300
 * actions, as after an earlier session), makes its N offline edits (offline-edits.ts: typing,
 * status changes, board moves, new actions; both sides on the same records among them), and
 * exports its state; the merged state (state vector + content digest) is computed here and given
 * to both pages, which note the moment their document reaches it.
 *
 * Timed: from the moment both pages are told to connect (neither is connected to anything yet:
 * each derives the room key, opens its signaling WebSocket, finds the other, sets up WebRTC and
 * exchanges what the other lacks) until both documents are identical. Start is the earlier of the
 * two pages' "connect" calls, end the later of their matches (Date.now() in each page: one clock).
 *
 * Tandem merges through ShadowGate as WorkspaceSession.mergeRemote does, the gate made when the
 * workspace opens (before the offline edits, which it mirrors untimed). Raw y-webrtc applies
 * straight to the document. Not here, in either: IndexedDB persistence and the app's React views.
 *
 * It fails (throws) only on correctness: Tandem does not converge, or the two documents differ.
 * Raw y-webrtc not converging is a figure ("did not converge within 60 s"); so is every time.
 *
 * To look into a case: TANDEM_BENCH_SIZES=10000, TANDEM_BENCH_MODES=tandem, TANDEM_BENCH_RUNS=1;
 * TANDEM_BENCH_TIMELINE=1 (or all) prints both laptops' events (handshake steps, ICE candidates,
 * data-channel traffic, merges) for the first run of each mode and size (or every run);
 * TANDEM_BENCH_PROFILE=1 a CPU profile of both pages over the first run (raw y-webrtc at 30,000
 * excepted: it only waits), self and total time by function, source-mapped;
 * TANDEM_BENCH_DEBUG=1 y-webrtc's and simple-peer's own logs.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SourceMap } from 'node:module';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { startSignalingServer } from '../../electron/host/signaling/server';
import { loadCompact } from '../../shared/compact/load-compact';
import { TIERS } from '../../shared/compact/types';
import { createJoinCode } from '../../shared/sync/join-code';
import { addAction } from '../../shared/workspace/actions';
import { ROOT, createWorkspaceDoc } from '../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../shared/workspace/seed-update';
import { check } from './harness';
import { docState, type DocState } from './lan-reconnect/doc-digest';
import type { Mode, Outcome } from './lan-reconnect/harness-page';

const ROOT_DIR = process.cwd();
const SIZES = (process.env.TANDEM_BENCH_SIZES ?? '1000,10000,30000').split(',').map(Number);
const MODES = (process.env.TANDEM_BENCH_MODES ?? 'tandem,raw').split(',') as Mode[];
const RUNS: Record<number, number> = { 1_000: 5, 10_000: 5, 30_000: 2, ...(process.env.TANDEM_BENCH_RUNS ? Object.fromEntries(SIZES.map((size) => [size, Number(process.env.TANDEM_BENCH_RUNS)])) : {}) };
const BASE_ACTIONS = 300;
const RAW_LIMIT_MS = 60_000;
/**
 * Raw y-webrtc can stall when both laptops connect at once (glare: both announce, both offer).
 * Seen here: (1) one side's simple-peer is handed the other's offer while making its own, fails
 * with ERR_SET_LOCAL_DESCRIPTION, and the connection made in its place never opens; (2) the
 * connection opens, but each side listens on its own data channel and the other's goes unread:
 * "connected", step 1 sent both ways, nothing received, for ever. An attempt that shows either for
 * RAW_STALL_MS is counted as a stall and run again (up to RAW_ATTEMPTS), so that raw y-webrtc's
 * figures are those of connections that work; the stalls are printed.
 */
const RAW_STALL_MS = 10_000;
const RAW_ATTEMPTS = 6;
const TANDEM_LIMIT_MS = 120_000;
const GOAL = 1.2;
const PROFILE = Boolean(process.env.TANDEM_BENCH_PROFILE);
const TIMELINE = process.env.TANDEM_BENCH_TIMELINE;
const DEBUG = Boolean(process.env.TANDEM_BENCH_DEBUG);
const names = new WeakMap<Browser, string>();
const laptopName = (browser: Browser) => names.get(browser) ?? '?';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const PAGE_DIR = join(ROOT_DIR, 'dist/bench/lan-reconnect');

interface Laptop {
  readonly browser: Browser;
  readonly page: Page;
}

type Stall = 'no connection' | 'no message';

interface Run {
  readonly mode: Mode;
  readonly size: number;
  readonly converged: boolean;
  readonly ms: number | null;
  readonly openMs: number | null;
  readonly firstRemoteMs: number | null;
  readonly catchUpBytes: readonly number[];
  /** Raw y-webrtc: attempts before this one that stalled (see RAW_STALL_MS), by kind. */
  readonly stalls: readonly Stall[];
  /** Raw y-webrtc: this attempt stalled too (all attempts did). */
  readonly stalled: Stall | null;
}

/** The canonical seed plus BASE_ACTIONS actions: what both laptops held when they parted. */
function baseUpdate(): string {
  const dir = join(ROOT_DIR, 'seeds/compact');
  const files: Record<string, unknown> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) files[relative(dir, path)] = JSON.parse(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  const loaded = loadCompact(files);
  if (!loaded.ok) throw new Error('The seed was refused.');
  const doc = createWorkspaceDoc();
  applySeed(doc, buildSeedUpdate(loaded.data));
  const start = Date.parse('2026-08-01T09:00:00.000Z');
  for (let i = 0; i < BASE_ACTIONS; i++) addAction(doc, { title: `Base action ${i}: ${i % 2 ? 'grid pilot' : 'quantum sensing'}`, tier: TIERS[i % 3] }, new Date(start + i * 60_000));
  return toBase64(Y.encodeStateAsUpdate(doc));
}

/** What both documents must end as: both sides' states merged. */
function expectedState(exports: readonly string[]): DocState {
  const doc = new Y.Doc();
  for (const name of Object.values(ROOT)) doc.getMap(name);
  for (const state of exports) Y.applyUpdate(doc, fromBase64(state));
  return docState(doc);
}

async function bundlePage(): Promise<void> {
  await build({
    entryPoints: [join(ROOT_DIR, 'tests/bench/lan-reconnect/harness-page.ts')],
    outfile: join(PAGE_DIR, 'harness-page.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

async function serve(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const file = request.url === '/' ? null : request.url?.slice(1);
    if (file === null) {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><title>lan bench</title><script src="/harness-page.js"></script>');
    } else if (file === 'harness-page.js' || file === 'harness-page.js.map') {
      response.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'application/json' }).end(readFileSync(join(PAGE_DIR, file)));
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let launched = 0;

async function launch(origin: string): Promise<Laptop> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  names.set(browser, names.has(browser) ? '?' : `${launched++ === 0 ? 'A' : 'B'}`);
  const context = await browser.newContext();
  // As in tests/e2e/pages/laptop.ts: with media permission Chromium offers its host candidates
  // as addresses rather than mDNS names, which nothing here would resolve.
  await context.grantPermissions(['camera', 'microphone'], { origin: origin.replace(/\/$/, '') });
  if (DEBUG) await context.addInitScript(() => (localStorage.setItem('log', 'y-webrtc'), localStorage.setItem('debug', 'simple-peer')));
  const page = await context.newPage();
  if (DEBUG) page.on('console', (message) => console.log(`    [${laptopName(browser)}] ${message.text()}`));
  return { browser, page };
}

async function oneRun(laptops: readonly Laptop[], pageUrl: string, signalingUrl: string, mode: Mode, size: number, base: string, profile: boolean): Promise<Run> {
  const stalls: Stall[] = [];
  for (;;) {
    const run = await attempt(laptops, pageUrl, signalingUrl, mode, size, base, profile, TIMELINE === 'all' || (Boolean(TIMELINE) && profile));
    if (!run.stalled || stalls.length + 1 >= RAW_ATTEMPTS) return { ...run, stalls };
    stalls.push(run.stalled);
    console.log(`    raw y-webrtc at ${size}: stalled (${describeStall(run.stalled)}); trying again`);
  }
}

async function attempt(laptops: readonly Laptop[], pageUrl: string, signalingUrl: string, mode: Mode, size: number, base: string, first: boolean, timeline: boolean): Promise<Run> {
  const profile = PROFILE && first;
  const pages = laptops.map((laptop) => laptop.page);
  await Promise.all(pages.map((page) => page.goto(pageUrl)));
  await Promise.all(pages.map((page, side) => page.evaluate((options) => window.lanBench.setup(options), { mode, side: side as 0 | 1, base })));
  const edits = await Promise.all(pages.map((page) => page.evaluate((count) => window.lanBench.edit(count), size)));
  const expected = expectedState(await Promise.all(pages.map((page) => page.evaluate(() => window.lanBench.exportState()))));
  const code = createJoinCode(new Uint8Array(randomBytes(24)));
  const room = mode === 'tandem' ? code.room : `bench-raw-${code.room}`;

  const profilers = profile ? await Promise.all(pages.map(startProfile)) : [];
  await Promise.all(pages.map((page) => page.evaluate((options) => window.lanBench.connect(options), { url: signalingUrl, room, passphrase: code.passphrase, expected })));
  const limit = mode === 'tandem' ? TANDEM_LIMIT_MS : RAW_LIMIT_MS;
  const stallLimit = mode === 'raw' ? RAW_STALL_MS : null;
  const giveUp = () => Promise.all(pages.map((page) => page.evaluate(() => window.lanBench.giveUp())));
  const outcomes: Outcome[] = await Promise.all(
    pages.map(async (page) => {
      const outcome = await page.evaluate(([ms, stall]) => window.lanBench.outcome(ms, stall), [limit, stallLimit] as const);
      if (!outcome.converged) await giveUp();
      return outcome;
    }),
  );
  if (profile) {
    const profiles = await Promise.all(profilers.map((stop) => stop()));
    printProfile(`${mode} at ${size.toLocaleString('en-US')} edits per side`, profiles);
  }
  await Promise.all(pages.map((page) => page.evaluate(() => window.lanBench.stop())));

  if (TIMELINE && timeline) printTimeline(`${mode} at ${size.toLocaleString('en-US')} edits per side`, outcomes);
  for (const outcome of outcomes) for (const problem of new Set(outcome.problems)) console.log(`    (${mode}) reported: ${problem}`);
  const converged = outcomes.every((outcome) => outcome.converged);
  const stalled: Stall | null = converged ? null : outcomes.some((outcome) => outcome.openAt === null) ? 'no connection' : outcomes.some((outcome) => outcome.received === 0) ? 'no message' : null;
  if (!converged && mode === 'raw') console.log(`    raw y-webrtc at ${size}: ${outcomes.map(describeOutcome).join('; ')}`);
  if (mode === 'tandem') {
    check(converged, `Tandem converges at ${size} offline edits per side within ${limit / 1000} s (${outcomes.map(describeOutcome).join('; ')})`);
  }
  const [a, b] = outcomes as [Outcome, Outcome];
  if (converged) {
    check(a.stateVector === b.stateVector && a.digest === b.digest, `${mode}: the two documents are identical after convergence`);
    check(a.digest === expected.digest && a.stateVector === expected.stateVector, `${mode}: the documents hold both sides' edits`);
  }
  const start = Math.min(a.startedAt, b.startedAt);
  const latest = (values: (number | null)[]) => (values.some((v) => v === null) ? null : Math.max(...(values as number[])) - start);
  return {
    mode,
    size,
    converged,
    ms: converged ? latest([a.convergedAt, b.convergedAt]) : null,
    openMs: latest([a.openAt, b.openAt]),
    firstRemoteMs: latest([a.firstRemoteAt, b.firstRemoteAt]),
    catchUpBytes: edits.map((edit) => edit.bytes),
    stalls: [],
    stalled,
  };
}

function describeStall(stall: Stall): string {
  return stall === 'no connection' ? `no peer connection within ${RAW_STALL_MS / 1000} s` : `connected, but no message arrived within ${RAW_STALL_MS / 1000} s`;
}

function describeOutcome(outcome: Outcome): string {
  const since = (at: number | null) => (at === null ? 'never' : `${at - outcome.startedAt} ms`);
  return `opened ${since(outcome.openAt)}, first remote update ${since(outcome.firstRemoteAt)}, ${outcome.detail}, problems: ${outcome.problems.join(' | ') || 'none'}`;
}

// ---- timeline (TANDEM_BENCH_TIMELINE=1) ----

/** Both laptops' events in one list, from the earlier "connect"; runs of sends or receipts folded into one line. */
function printTimeline(title: string, outcomes: readonly Outcome[]): void {
  const start = Math.min(...outcomes.map((outcome) => outcome.startedAt));
  const events = outcomes
    .flatMap((outcome, side) => outcome.timeline.map(([at, event, detail]) => ({ at: at - start, who: side === 0 ? 'A' : 'B', event, detail })))
    .sort((x, y) => x.at - y.at);
  console.log(`  timeline, ${title} (ms from connect):`);
  const folded: { from: number; to: number; who: string; event: string; count: number; bytes: number; detail: string }[] = [];
  for (const e of events) {
    const last = [...folded].reverse().find((f) => f.who === e.who);
    if ((e.event === 'send' || e.event === 'receive') && last && last.event === e.event && typeof e.detail === 'number') {
      last.to = e.at;
      last.count++;
      last.bytes += e.detail;
      continue;
    }
    folded.push({ from: e.at, to: e.at, who: e.who, event: e.event, count: 1, bytes: typeof e.detail === 'number' ? e.detail : 0, detail: typeof e.detail === 'string' ? e.detail : '' });
  }
  for (const f of folded) {
    const span = f.to > f.from ? `${f.from}–${f.to}` : `${f.from}`;
    const size = f.count > 1 ? `${f.count}× ${kib(f.bytes)}` : f.bytes ? `${f.bytes} B` : f.detail;
    console.log(`    ${span.padStart(11)}  ${f.who}  ${f.event} ${size}`);
  }
}

// ---- profiling (TANDEM_BENCH_PROFILE=1) ----

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

async function startProfile(page: Page): Promise<() => Promise<CpuProfile>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => (await cdp.send('Profiler.stop')).profile as CpuProfile;
}

const sourceMap = () => (cachedMap ??= new SourceMap(JSON.parse(readFileSync(join(PAGE_DIR, 'harness-page.js.map'), 'utf8'))));
let cachedMap: SourceMap | null = null;

function where(frame: ProfileNode['callFrame']): string {
  if (!frame.url.endsWith('harness-page.js')) return frame.url ? frame.url.split('/').pop()! : '';
  const entry = sourceMap().findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number };
  if (!entry.originalSource) return 'harness-page.js';
  return `${entry.originalSource.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${(entry.originalLine ?? 0) + 1}`;
}

/** Self time by function, and total time (self + callees) of the functions the sync path runs through. */
function printProfile(title: string, profiles: readonly CpuProfile[]): void {
  profiles.forEach((profile, side) => {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const key = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${where(node.callFrame)}`;
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let busy = 0;
    (profile.samples ?? []).forEach((id, index) => {
      const node = nodes.get(id)!;
      if (node.callFrame.functionName === '(idle)') return;
      const ms = (profile.timeDeltas?.[index] ?? 0) / 1000;
      busy += ms;
      self.set(key(node), (self.get(key(node)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const k = key(nodes.get(at)!);
        if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
        seen.add(k);
      }
    });
    console.log(`  profile, ${title}, laptop ${side === 0 ? 'A' : 'B'}: ${busy.toFixed(0)} ms busy`);
    console.log('    self ms by function:');
    for (const [k, ms] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 12)) console.log(`    ${ms.toFixed(1).padStart(8)}  ${k}`);
    console.log('    total ms (with callees) of the sync path:');
    const path = /shared\/sync\/|renderer\/src\/sync\/|y-webrtc|y-protocols|simplepeer|doc-digest|harness-page\.ts|applyUpdate|readUpdate|encodeStateAsUpdate|transact /;
    for (const [k, ms] of [...total].filter(([k]) => path.test(k)).sort((x, y) => y[1] - x[1]).slice(0, 16)) console.log(`    ${ms.toFixed(1).padStart(8)}  ${k}`);
  });
}

// ---- report ----

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

function summary(runs: readonly Run[]): void {
  console.log('\nReconnect to identical state, two Chromium processes: median of the runs (every run listed)');
  for (const size of SIZES) {
    const of = (mode: Mode) => runs.filter((run) => run.mode === mode && run.size === size);
    const tandem = of('tandem');
    const raw = of('raw');
    if (tandem.length + raw.length === 0) continue;
    const bytes = median([...tandem, ...raw].flatMap((run) => run.catchUpBytes));
    console.log(`  ${size.toLocaleString('en-US')} offline edits per side (catch-up ≈ ${kib(bytes)} per side)`);
    const line = (name: string, list: readonly Run[], limit: number): number | null => {
      if (list.length === 0) return null;
      const done = list.filter((run) => run.converged).map((run) => run.ms!);
      const stalls = list.flatMap((run) => [...run.stalls, ...(run.stalled ? [run.stalled] : [])]);
      const count = (kind: Stall) => stalls.filter((stall) => stall === kind).length;
      const stallNote = stalls.length > 0
        ? `; stalled (glare) and run again: ${count('no connection')}× no connection, ${count('no message')}× connected but no message`
        : '';
      const failed = list.filter((run) => !run.converged && !run.stalled);
      const failNote = failed.length > 0
        ? `did not converge within ${limit / 1000} s (${failed.length} run${failed.length === 1 ? '' : 's'}; peer connection open after ${failed.map((run) => (run.openMs === null ? '—' : fmt(run.openMs))).join(', ')})`
        : '';
      if (done.length === 0) {
        console.log(`    ${name.padEnd(18)}${failNote || 'every attempt stalled'}${stallNote}`);
        return null;
      }
      const m = median(done);
      console.log(`    ${name.padEnd(18)}${fmt(m).padStart(8)}   runs: ${done.map(fmt).join(', ')}${failNote ? `; ${failNote}` : ''}${stallNote}`);
      return m;
    };
    const t = line('Tandem LAN sync', tandem, TANDEM_LIMIT_MS);
    const r = line('raw y-webrtc', raw, RAW_LIMIT_MS);
    if (t !== null && r !== null) console.log(`    ${'Tandem/raw'.padEnd(18)}${`${(t / r).toFixed(2)}×`.padStart(8)}   goal ≤ ${GOAL.toFixed(2)}× (raw + 20%)`);
    else if (t !== null && raw.length > 0) console.log(`    ${'Tandem/raw'.padEnd(18)}${'—'.padStart(8)}   Tandem converges, raw y-webrtc does not (goal: converges)`);
  }
  console.log('\n  Where the time goes (medians, from "connect"): both peer connections open → first remote update merged → both identical');
  for (const size of SIZES) {
    for (const mode of ['tandem', 'raw'] as const) {
      const list = runs.filter((run) => run.mode === mode && run.size === size && !run.stalled);
      if (list.length === 0) continue;
      const pick = (f: (run: Run) => number | null) => {
        const values = list.map(f).filter((v): v is number => v !== null);
        return values.length ? fmt(median(values)) : '—';
      };
      console.log(`    ${size.toLocaleString('en-US').padStart(6)} ${mode.padEnd(7)} open ${pick((r) => r.openMs).padStart(7)}   first update ${pick((r) => r.firstRemoteMs).padStart(7)}   identical ${pick((r) => r.ms).padStart(7)}`);
    }
  }
}

async function main(): Promise<void> {
  await bundlePage();
  const http = await serve();
  const signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  const laptops: Laptop[] = [];
  try {
    laptops.push(await launch(http.url), await launch(http.url));
    const version = laptops[0]!.browser.version();
    const base = baseUpdate();
    console.log('LAN reconnect: two laptops, each N offline edits, then connect; time until both documents are identical.');
    console.log(`  Chromium ${version}, two processes; ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), load average ${loadavg()[0]!.toFixed(1)} at the start; signaling ${signaling.url} (this process)`);
    console.log(`  base both hold: the seed + ${BASE_ACTIONS} actions (${kib(fromBase64(base).length)}); edits: typing, status changes, moves, new actions, both sides on shared records`);
    console.log('  Tandem: LanSync + PeerLink (16 KiB frames) + PeerSession, merging through ShadowGate as the app does (gate made before the edits).');
    console.log('  raw: y-webrtc WebrtcProvider { signaling: [our server], password, peerOpts: { config: { iceServers: [] } } }.');
    console.log('  Timed from both pages being told to connect (not yet connected to signaling) to both identical.');
    console.log(`  Raw y-webrtc attempts that stall on simultaneous connect (glare) are run again, up to ${RAW_ATTEMPTS}, and counted.`);
    console.log('  Not in this harness: IndexedDB persistence and the app\'s React views (the sync layer\'s figures only).');
    const runs: Run[] = [];
    for (const size of SIZES) {
      const count = RUNS[size] ?? 2;
      let rawGaveUp = false;
      for (let rep = 0; rep < count; rep++) {
        const order: Mode[] = rep % 2 === 0 ? ['tandem', 'raw'] : ['raw', 'tandem'];
        for (const mode of order) {
          // Raw y-webrtc that opened and did not converge at a size is not run again at it: it would wait out the limit again.
          if ((mode === 'raw' && rawGaveUp) || !MODES.includes(mode)) continue;
          const first = rep === 0 && (mode === 'tandem' || size < 30_000);
          const run = await oneRun(laptops, http.url, signaling.url, mode, size, base, first);
          if (mode === 'raw' && !run.converged && !run.stalled) rawGaveUp = true;
          runs.push(run);
          const result = run.converged ? `identical after ${fmt(run.ms!)}` : run.stalled ? `stalled in all ${RAW_ATTEMPTS} attempts` : `did not converge within ${(mode === 'raw' ? RAW_LIMIT_MS : TANDEM_LIMIT_MS) / 1000} s`;
          console.log(`  ${size.toLocaleString('en-US').padStart(6)} ${mode.padEnd(6)} run ${rep + 1}: ${result}` +
            `  (open ${run.openMs === null ? '—' : fmt(run.openMs)}, first update ${run.firstRemoteMs === null ? '—' : fmt(run.firstRemoteMs)}; catch-up ${run.catchUpBytes.map(kib).join(' / ')})`);
        }
      }
    }
    summary(runs);
    console.log(`\n  Load average ${loadavg()[0]!.toFixed(1)} at the end: on a shared machine, the merge (CPU-bound, both laptops at once on ${cpus().length} cores) is what load slows most.`);
  } finally {
    await Promise.all(laptops.map((laptop) => laptop.browser.close().catch(() => undefined)));
    await signaling.close();
    await http.close();
  }
}

await main();
