import type { GateRule } from './semantic-gate';

/**
 * A laptop's link to its delegation's relay (renderer/src/runtime/relay/), as the UI sees it:
 * which relay, in which phase, and what stopped it.
 *
 * - connecting / syncing / synced: the provider's own states (synced: nothing unsent either way);
 * - disconnected: the relay cannot be reached; the provider keeps retrying;
 * - refused: the relay did not accept this laptop (join code or laptop key), it stays so;
 * - paused: this laptop refused an update the relay sent (the gate), nothing reached the workspace.
 */
export type RelayPhase = 'connecting' | 'synced' | 'syncing' | 'disconnected' | 'refused' | 'paused';

export type RelayProblem =
  | { readonly kind: 'refused' }
  /** `reason` is the gate's own sentence (English), `rule` the rule it names when it is the semantic gate's. */
  | { readonly kind: 'paused'; readonly reason: string; readonly rule: GateRule | null };

export interface RelayStatus {
  /** 'off': no relay chosen for this workspace. */
  readonly phase: RelayPhase | 'off';
  /** The relay's ws:// address, while one is chosen. */
  readonly url: string | null;
  readonly problem: RelayProblem | null;
}

export const RELAY_OFF: RelayStatus = { phase: 'off', url: null, problem: null };

/** The problem in English, for logs and tests (the interface says it through relay.problem.*). */
export function describeRelayProblem(problem: RelayProblem): string {
  if (problem.kind === 'refused') return 'The relay refused this laptop: the join code or the laptop key was not accepted.';
  return `Sync with the relay is paused: this laptop refused its update. ${problem.reason}`;
}
