/**
 * When a PeerLink's offer or answer may go out. Descriptions are sent once, with the ICE
 * candidates gathered so far (no trickle), so the question is how long to wait for candidates.
 *
 * Waiting for the end of gathering costs about 120 ms on the offering side of every connection:
 * Chromium gathers in phases about 50 ms apart (UDP for every network at once, then relay, of
 * which there is none here, then TCP), and only the offerer, which has no remote candidates yet,
 * runs through all of them (npm run bench -- lan-reconnect, TANDEM_BENCH_TIMELINE=1: host UDP
 * candidates at +2 ms, TCP ones and "complete" at +115 ms). So a description goes out when
 * gathering is complete, or once candidates have arrived and then none for QUIET_MS, or after
 * LIMIT_MS in any case.
 *
 * Why a candidate gathered after that loses nothing: the only ones are Chromium's TCP candidates
 * ("tcptype active", port 9), which can only pair with a passive TCP candidate, and a browser
 * offers none. And ICE does not need every local candidate in the description anyway: each side
 * sends connectivity checks from all its local candidates to the other's, and a check from one
 * the other side was not told about is learnt as a peer-reflexive candidate (RFC 8445, 7.3.1.3).
 */
export const QUIET_MS = 40;
export const LIMIT_MS = 3_000;

export interface GatherTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: GatherTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class GatherWait {
  private quiet: unknown = null;
  private readonly limit: unknown;
  private done = false;

  constructor(
    private readonly onReady: () => void,
    private readonly timers: GatherTimers = browserTimers,
  ) {
    this.limit = timers.set(() => this.ready(), LIMIT_MS);
  }

  /** A candidate was gathered (not the end-of-candidates null). */
  candidate(): void {
    if (this.done) return;
    if (this.quiet !== null) this.timers.clear(this.quiet);
    this.quiet = this.timers.set(() => this.ready(), QUIET_MS);
  }

  /** iceGatheringState became "complete". */
  complete(): void {
    this.ready();
  }

  cancel(): void {
    this.finish();
  }

  private ready(): void {
    if (this.done) return;
    this.finish();
    this.onReady();
  }

  private finish(): void {
    this.done = true;
    this.timers.clear(this.limit);
    if (this.quiet !== null) this.timers.clear(this.quiet);
  }
}
