/** What one transport measured at one N (see many-laptops.bench.ts for how). */
export interface Figures {
  readonly transport: 'mesh' | 'relay';
  readonly laptops: number;
  /** Mesh: pairwise links; relay: one connection per laptop. */
  readonly links: number;
  readonly catchUp: CatchUp;
  readonly perEdit: PerEdit;
  /** The catch-up was stopped: the live figures come from a room that parted without offline edits (mesh-run.ts). */
  readonly liveOnFreshRoom?: boolean;
  /** Mesh only: one round of presence renewals (every laptop's 1 s heartbeat), i.e. one idle second. */
  readonly idleSecond: { readonly bytes: number; readonly cpuMs: number } | null;
}

export interface CatchUp {
  readonly converged: boolean;
  /** From "all links open" until every document holds the merged workspace (or the limit). */
  readonly wallMs: number;
  /** The most any one laptop spent: receiving (mesh) or merging through its gate (both). */
  readonly busiestMs: number;
  readonly bytes: number;
  /** This process: every laptop's work. */
  readonly cpuMs: number;
  /** The relay process. */
  readonly relayCpuMs: number | null;
  /** Why it stopped, when it did not converge. */
  readonly note: string | null;
}

export interface PerEdit {
  readonly edits: number;
  readonly bytes: number;
  readonly cpuMs: number;
  readonly relayCpuMs: number | null;
  /** Until every other laptop holds the edit. */
  readonly wallMs: number;
}

/** Laptops' CPU plus the relay's: what the room as a whole spends. */
export function totalCpu(figures: { readonly cpuMs: number; readonly relayCpuMs: number | null }): number {
  return figures.cpuMs + (figures.relayCpuMs ?? 0);
}
