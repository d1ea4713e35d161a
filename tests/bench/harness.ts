/**
 * A minimal benchmark harness for `npm run bench` (build/bench.mjs runs each *.bench.ts in its
 * own Node process). It prints figures and ratios and never fails on a time: machines differ,
 * and a benchmark is for reading, not gating. It does fail when a benchmark's own correctness
 * check fails, because a fast wrong answer is not a result.
 */
export interface Measurement {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
}

export interface MeasureOptions {
  /** At least this many timed runs… */
  readonly minRuns?: number;
  /** …and keep going until this much time is spent (whichever is later). */
  readonly minTimeMs?: number;
}

export function measure(name: string, fn: () => void, options: MeasureOptions = {}): Measurement {
  const { minRuns = 10, minTimeMs = 1_000 } = options;
  fn(); // warm-up: JIT and lazy initialisation are not what we measure
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minTimeMs) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { name, runs: samples.length, medianMs: samples[Math.floor(samples.length / 2)] ?? 0, minMs: samples[0] ?? 0 };
}

/** Prints each measurement and the ratio of each to the first (the baseline). */
export function report(title: string, measurements: readonly Measurement[]): void {
  const [baseline] = measurements;
  console.log(`\n${title}`);
  for (const m of measurements) {
    const ratio = baseline && m !== baseline ? `  ${compare(baseline.medianMs, m.medianMs)} than "${baseline.name}"` : '';
    console.log(`  ${m.name.padEnd(44)} median ${m.medianMs.toFixed(2).padStart(9)} ms  min ${m.minMs.toFixed(2).padStart(9)} ms  (${m.runs} runs)${ratio}`);
  }
}

function compare(baselineMs: number, ms: number): string {
  return ms <= baselineMs ? `${(baselineMs / ms).toFixed(1)}× faster` : `${(ms / baselineMs).toFixed(1)}× slower`;
}

export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Benchmark correctness check failed: ${message}`);
}
