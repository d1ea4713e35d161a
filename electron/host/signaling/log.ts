import type { DropReason } from './messages';

/**
 * What the server reports, as data: the host decides where it goes (console, a file, a test's
 * array). `connection` is a per-server sequence number, never the peer's address alone, so two
 * tabs on one laptop stay apart.
 */
export type SignalingLogEvent =
  | { readonly level: 'info'; readonly event: 'listening'; readonly url: string }
  | { readonly level: 'info'; readonly event: 'connection-open'; readonly connection: number; readonly remote: string }
  | { readonly level: 'info'; readonly event: 'connection-closed'; readonly connection: number; readonly code: number }
  | { readonly level: 'warn'; readonly event: 'connection-refused'; readonly remote: string; readonly detail: string }
  | {
      readonly level: 'warn';
      readonly event: 'frame-dropped';
      readonly connection: number;
      readonly reason: DropReason;
      readonly detail: string;
      /** Frames dropped for this reason since the last report (rate limiting reports in batches). */
      readonly count: number;
    }
  | { readonly level: 'warn'; readonly event: 'dead-peer'; readonly connection: number }
  /** Closed to make room for a newcomer (fair-share.ts) or for holding no topic too long. */
  | { readonly level: 'warn'; readonly event: 'connection-evicted'; readonly connection: number; readonly remote: string; readonly detail: string }
  | { readonly level: 'warn'; readonly event: 'idle-timeout'; readonly connection: number; readonly remote: string }
  | { readonly level: 'warn'; readonly event: 'socket-error'; readonly connection?: number; readonly detail: string }
  | { readonly level: 'info'; readonly event: 'closed' };

export type SignalingLog = (event: SignalingLogEvent) => void;
