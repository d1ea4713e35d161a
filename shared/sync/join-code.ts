/**
 * A session's join code: the room (which topic on the signaling server) and the passphrase
 * (which key encrypts everything sent through it), read out or typed as one code:
 *
 *   K7Q3M9XD-ABCD-EFGH-JKMN-PQRS
 *   room     passphrase (16 characters: 80 random bits)
 *
 * Crockford's base32: no I, L, O or U, so a code read aloud across a table is typed right;
 * typing is forgiving (case, spaces, O for 0, I or L for 1).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ROOM_LENGTH = 8;
export const PASSPHRASE_GROUPS = 4;
const GROUP = 4;

export interface JoinCode {
  readonly room: string;
  readonly passphrase: string;
}

export type JoinCodeParse = { readonly ok: true; readonly code: JoinCode } | { readonly ok: false; readonly reason: string };

/** A new code from random bytes (the caller's crypto.getRandomValues; shared/ has no crypto). */
export function createJoinCode(random: Uint8Array): JoinCode {
  const needed = ROOM_LENGTH + PASSPHRASE_GROUPS * GROUP;
  if (random.length < needed) throw new RangeError(`A join code needs ${needed} random bytes.`);
  const chars = Array.from(random.subarray(0, needed), (byte) => ALPHABET[byte & 31]).join('');
  const groups: string[] = [];
  for (let i = ROOM_LENGTH; i < needed; i += GROUP) groups.push(chars.slice(i, i + GROUP));
  return { room: chars.slice(0, ROOM_LENGTH), passphrase: groups.join('-') };
}

export function formatJoinCode(code: JoinCode): string {
  return `${code.room}-${code.passphrase}`;
}

export function parseJoinCode(input: string): JoinCodeParse {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length === 0) return { ok: false, reason: 'Enter the join code the host shows.' };
  const wrong = [...cleaned].find((char) => !ALPHABET.includes(char));
  if (wrong !== undefined) return { ok: false, reason: `A join code has letters and digits only; "${wrong}" is not one of them.` };
  const length = ROOM_LENGTH + PASSPHRASE_GROUPS * GROUP;
  if (cleaned.length !== length) return { ok: false, reason: `A join code has ${length} letters and digits; this one has ${cleaned.length}.` };
  const groups: string[] = [];
  for (let i = ROOM_LENGTH; i < length; i += GROUP) groups.push(cleaned.slice(i, i + GROUP));
  return { ok: true, code: { room: cleaned.slice(0, ROOM_LENGTH), passphrase: groups.join('-') } };
}

/** The signaling topic for a room: namespaced, so a Tandem room never meets another app's. */
export function roomTopic(room: string): string {
  return `tandem:${room}`;
}
