import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GatherWait, LIMIT_MS, QUIET_MS } from '../../../renderer/src/runtime/lan/gather-wait';

/** When PeerLink sends its offer or answer: at "complete", after a quiet spell following candidates, or at the limit. */
describe('GatherWait', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is ready when gathering completes, once', () => {
    const ready = vi.fn();
    const wait = new GatherWait(ready);
    wait.candidate();
    wait.complete();
    wait.complete();
    vi.advanceTimersByTime(LIMIT_MS * 2);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('is ready QUIET_MS after the last of a burst of candidates, without waiting for later phases', () => {
    const ready = vi.fn();
    const wait = new GatherWait(ready);
    wait.candidate();
    vi.advanceTimersByTime(2);
    wait.candidate();
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(ready).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ready).toHaveBeenCalledTimes(1);
    wait.candidate();
    wait.complete();
    vi.advanceTimersByTime(LIMIT_MS);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('waits for the limit when no candidate ever comes', () => {
    const ready = vi.fn();
    new GatherWait(ready);
    vi.advanceTimersByTime(LIMIT_MS - 1);
    expect(ready).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('is ready at the limit even while candidates keep coming', () => {
    const ready = vi.fn();
    const wait = new GatherWait(ready);
    for (let t = 0; t < LIMIT_MS; t += QUIET_MS - 1) {
      wait.candidate();
      vi.advanceTimersByTime(QUIET_MS - 1);
    }
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('never fires once cancelled', () => {
    const ready = vi.fn();
    const wait = new GatherWait(ready);
    wait.candidate();
    wait.cancel();
    wait.complete();
    vi.advanceTimersByTime(LIMIT_MS * 2);
    expect(ready).not.toHaveBeenCalled();
  });
});
