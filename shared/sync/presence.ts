import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { parseIdentity, type Identity } from '../identity/identity';
import { isObjectLike } from '../validation/shape';

/**
 * Presence: who is in the session and what each is editing, carried in y-protocols awareness
 * states. Awareness updates come from peers, so they are read whole before y-protocols sees them
 * (its applyAwarenessUpdate would apply the first entries of a malformed update and then throw),
 * and every state is validated before the UI shows it.
 */
export interface PresenceState {
  readonly identity: Identity;
  /** The action this person has open or is typing in, or null. */
  readonly editing: string | null;
}

export interface Presence extends PresenceState {
  readonly clientId: number;
}

export const MAX_AWARENESS_ENTRIES = 64;
export const MAX_AWARENESS_STATE_CHARS = 4096;

export type AwarenessCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Whether `update` reads as a whole, bounded awareness update whose states are JSON objects or null. */
export function checkAwarenessUpdate(update: Uint8Array): AwarenessCheck {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_AWARENESS_ENTRIES) return { ok: false, reason: `${count} presence entries (at most ${MAX_AWARENESS_ENTRIES}).` };
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      if (json.length > MAX_AWARENESS_STATE_CHARS) return { ok: false, reason: `A presence state of ${json.length} characters.` };
      const state: unknown = JSON.parse(json);
      if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return { ok: false, reason: 'A presence state that is not an object.' };
    }
    if (decoding.hasContent(decoder)) return { ok: false, reason: 'Bytes after the presence entries.' };
    return { ok: true };
  } catch {
    return { ok: false, reason: 'An unreadable presence update.' };
  }
}

/**
 * `update` (already checked) without its entry for `clientId`, or null when nothing else is left.
 * A peer's entry about this laptop is never applied: y-protocols would let one with a higher clock
 * replace this laptop's own presence, and pass the forgery on to every other peer. A peer may
 * name this laptop innocently (relaying a removal), so the entry is dropped, not reported.
 */
export function withoutClient(update: Uint8Array, clientId: number): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: Array<[number, number, string]> = [];
  for (let i = 0; i < count; i++) {
    const entry: [number, number, string] = [decoding.readVarUint(decoder), decoding.readVarUint(decoder), decoding.readVarString(decoder)];
    if (entry[0] !== clientId) kept.push(entry);
  }
  if (kept.length === count) return update;
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const [id, clock, json] of kept) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

/** A peer's awareness state as presence, or null when it is not a valid one. */
export function parsePresence(state: unknown): PresenceState | null {
  if (!isObjectLike(state)) return null;
  const identity = parseIdentity(state.identity);
  if (!identity.ok) return null;
  const editing = state.editing;
  if (editing !== null && editing !== undefined && (typeof editing !== 'string' || editing.length > 200)) return null;
  return { identity: identity.identity, editing: typeof editing === 'string' ? editing : null };
}

/** Everyone present but `selfClientId`, valid states only, in a stable order. */
export function presenceList(states: ReadonlyMap<number, unknown>, selfClientId: number): Presence[] {
  const list: Presence[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfClientId) continue;
    const presence = parsePresence(state);
    if (presence) list.push({ clientId, ...presence });
  }
  return list.sort((a, b) => a.identity.name.localeCompare(b.identity.name) || a.clientId - b.clientId);
}
