import type * as Y from 'yjs';
import { isRemoteOrigin } from '../sync/remote-origin';
import { sourceOf } from '../sync/semantic-gate';
import type { SignatureSubtle } from './keys';
import { describeVerdict, type AuthorVerdict, type KnownKeys } from './verify';
import { verifyWriters, type WriterVerdict } from './verify-update';

/**
 * What unverified content may do (issue 16): "a person's changes are shown as theirs only when
 * proven to come from their laptop; anything else is marked unverified, and a policy (default:
 * refuse) decides what unverified content may do". One setting per workspace:
 *
 *   refuse         (the default) an update that brings content under any client this laptop cannot
 *                  verify is refused whole: nothing of it is merged, the refusal names the source and
 *                  each unverified writer with why
 *   accept-marked  it is merged, and its unverified writers are returned to be marked wherever
 *                  authorship is read
 *
 * Exempt, verified by definition or by being this laptop: the seed's ids (verify.ts), this laptop's
 * own ids (the gate's `ownClientIds`: its past sessions whose content it holds whole, and the live
 * document's id), and everything arriving from another window of this laptop (origin 'tab': those
 * windows write under ids the laptop records as its own; see own-writers.ts). A restored backup is
 * loaded, not merged through the gate, and what peers echo back of it is under ids that own-writers
 * leaves out of `ownClientIds` until the echo completes them: those ids are judged like a peer's,
 * so a restored laptop must still hold its own key (it does: the key is in the laptop's IndexedDB,
 * not in the backup) for its signed past content to verify.
 *
 * The decision is pure over the verdicts (`decideUnverified`); `judgeAuthorship` computes them on a
 * scratch copy (verify-update.ts) and never writes `base`.
 */
export type UnverifiedPolicy = 'refuse' | 'accept-marked';

export const DEFAULT_UNVERIFIED_POLICY: UnverifiedPolicy = 'refuse';

export const unverifiedPolicyKey = (workspaceId: string): string => `unverified-policy:${workspaceId}`;

/** A stored setting, or the default where it is missing or malformed. */
export function parseUnverifiedPolicy(value: unknown): UnverifiedPolicy {
  return value === 'accept-marked' || value === 'refuse' ? value : DEFAULT_UNVERIFIED_POLICY;
}

export interface UnverifiedWriter {
  readonly client: number;
  readonly verdict: Extract<AuthorVerdict, { verified: false }>;
}

export type AuthorshipDecision =
  | { readonly ok: true; readonly unverified: readonly UnverifiedWriter[] }
  | { readonly ok: false; readonly rule: 'unverified-author'; readonly reason: string; readonly unverified: readonly UnverifiedWriter[] };

/** The policy applied to the verdicts of an update's writers (own ids already left out). */
export function decideUnverified(verdicts: readonly WriterVerdict[], policy: UnverifiedPolicy, origin: unknown): AuthorshipDecision {
  const unverified: UnverifiedWriter[] = [];
  for (const { client, verdict } of verdicts) if (!verdict.verified) unverified.push({ client, verdict });
  if (unverified.length === 0 || policy === 'accept-marked') return { ok: true, unverified };
  const who = unverified.map(({ client, verdict }) => `Yjs client ${client}, ${describeVerdict(verdict)}`).join('; ');
  const reason = `${sourceOf(origin)} is refused: it brings content whose author this laptop cannot verify (${who}). This workspace refuses unverified content; nothing was merged. Compare safety codes with the sender, or change the workspace's policy to accept it marked as unverified.`;
  return { ok: false, rule: 'unverified-author', reason, unverified };
}

export interface AuthorshipGateContext {
  readonly policy: UnverifiedPolicy;
  readonly known: KnownKeys;
  /** GateContext.ownClientIds (own-writers.ts): this laptop's ids, exempt. */
  readonly ownClientIds?: (origin: unknown) => Iterable<number>;
  readonly subtle?: SignatureSubtle;
}

/**
 * The authorship half of the gate, for an update that already passed proveAndJudge against `base`:
 * the verdicts of its writers as they would stand after the merge, then the policy. `base` is
 * never written, so a refusal changes nothing.
 */
export async function judgeAuthorship(base: Y.Doc, update: Uint8Array, origin: unknown, context: AuthorshipGateContext): Promise<AuthorshipDecision> {
  if (isRemoteOrigin(origin) && origin.kind === 'tab') return { ok: true, unverified: [] };
  const own = new Set(context.ownClientIds?.(origin) ?? []);
  own.add(base.clientID);
  const verdicts = await verifyWriters(base, update, context.known, context.subtle);
  return decideUnverified(verdicts.filter(({ client }) => !own.has(client)), context.policy, origin);
}
