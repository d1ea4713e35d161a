import * as Y from 'yjs';
import type { JoinCode } from '../../../shared/sync/join-code';
import { stateVectorKey } from '../lan-reconnect/doc-digest';
import type { Figures } from './figures';
import { cpuMs, whenAll } from './measure';
import { MIN_LIVE_EDITS, type RunOptions } from './mesh-run';
import { RelayLaptop, type RelayProcess } from './relay';
import { checkConverged, keystroke, mergedState, openWorkspace, workOffline, type Base } from './workspace';

/** One live edit not at every laptop by then is a failure: the relay lost it. */
const EDIT_LIMIT_MS = 30_000;

/**
 * The relay at N laptops, the mesh run's steps (mesh-run.ts) over a relay process (relay.ts): K
 * offline edits on each laptop, then every laptop connects at once; then live keystrokes, round
 * robin, each awaited at every other laptop before the next. No presence round: the relay link
 * sets no presence (y-protocols renews the provider's empty one every 15 s, relayed to all).
 * The relay is fresh for each N, holding the laptops' common base (relay.ts: startRelayProcess).
 */
export async function runRelay(relay: RelayProcess, code: JoinCode, base: Base, options: RunOptions): Promise<Figures> {
  const n = options.laptops;
  const docs = Array.from({ length: n }, () => openWorkspace(base));
  const laptops = await Promise.all(docs.map((doc, index) => RelayLaptop.create(doc, index)));
  docs.forEach((doc, index) => workOffline(doc, index, options.offlineEdits, base));
  const expected = mergedState(docs);
  const bytes = () => laptops.reduce((sum, laptop) => sum + laptop.traffic.bytes, 0);
  const problems = () => laptops.flatMap((laptop) => laptop.problems);
  try {
    const relayStart = await relay.cpuMs();
    const cpuStart = cpuMs();
    const started = performance.now();
    for (const laptop of laptops) laptop.connect(relay.url, code);
    const converged = await whenAll(docs, (doc) => stateVectorKey(doc) === expected.stateVector, options.limitMs);
    const wallMs = performance.now() - started;
    const catchUp = {
      converged,
      wallMs,
      busiestMs: Math.max(...laptops.map((laptop) => laptop.mergeMs)),
      bytes: bytes(),
      cpuMs: cpuMs() - cpuStart,
      relayCpuMs: (await relay.cpuMs()) - relayStart,
      note: converged ? null : `not converged after ${(wallMs / 1000).toFixed(0)} s`,
    };
    if (problems().length > 0) throw new Error(`Benchmark correctness check failed: the relay links reported ${problems().slice(0, 3).join(' | ')}`);
    if (!converged) throw new Error(`Benchmark correctness check failed: ${n} laptops did not converge through the relay within ${options.limitMs / 1000} s`);
    checkConverged(`relay with ${n}, after the catch-up`, docs, expected);

    const bytesBefore = bytes();
    const relayBefore = await relay.cpuMs();
    const cpuBefore = cpuMs();
    const editsStarted = performance.now();
    let edits = 0;
    for (; edits < options.liveEdits && (edits < MIN_LIVE_EDITS || performance.now() - editsStarted < options.liveBudgetMs); edits++) {
      const author = docs[edits % n]!;
      keystroke(author, base, edits);
      const clock = Y.getState(author.store, author.clientID);
      const arrived = await whenAll(docs, (doc) => Y.getState(doc.store, author.clientID) >= clock, EDIT_LIMIT_MS);
      if (!arrived) throw new Error(`Benchmark correctness check failed: a live edit through the relay did not reach all ${n} laptops within ${EDIT_LIMIT_MS / 1000} s`);
    }
    const perEdit = {
      edits,
      wallMs: (performance.now() - editsStarted) / edits,
      bytes: (bytes() - bytesBefore) / edits,
      cpuMs: (cpuMs() - cpuBefore) / edits,
      relayCpuMs: ((await relay.cpuMs()) - relayBefore) / edits,
    };
    checkConverged(`relay with ${n}, after the live edits`, docs, mergedState(docs));
    if (problems().length > 0) throw new Error(`Benchmark correctness check failed: the relay links reported ${problems().slice(0, 3).join(' | ')}`);
    // Checked before the laptops leave: the provider's Close message (Hocuspocus type 7) on leaving
    // is refused by RelayGate ("message type 7 is not relayed") and logged, an orderly goodbye.
    if (relay.refusals()) throw new Error(`Benchmark correctness check failed: the relay refused something:\n${relay.refusals().slice(0, 2000)}`);
    return { transport: 'relay', laptops: n, links: n, catchUp, perEdit, idleSecond: null };
  } finally {
    for (const laptop of laptops) laptop.close();
    for (const doc of docs) doc.destroy();
  }
}
