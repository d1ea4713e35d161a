/**
 * A token bucket: holds at most `burst` tokens, refilled continuously at `ratePerSecond`; each
 * frame takes one. The clock is a parameter so tests and the server share one notion of time.
 */
export interface TokenBucket {
  /** Takes a token if one is left at `nowMs`; false means the frame is over the rate. */
  take(nowMs: number): boolean;
}

export function createTokenBucket(ratePerSecond: number, burst: number, nowMs: number): TokenBucket {
  let tokens = burst;
  let last = nowMs;
  return {
    take(now) {
      // A clock that steps back (it should not: callers pass performance.now()) refills nothing.
      const elapsed = Math.max(0, now - last);
      last = now;
      tokens = Math.min(burst, tokens + (elapsed * ratePerSecond) / 1000);
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
