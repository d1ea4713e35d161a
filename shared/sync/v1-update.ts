import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';

/**
 * Reading a peer's Yjs update in the V1 format only. The V2 decoder can be made to loop on crafted
 * input, so V2 bytes are never handed to it: they are refused because they do not read as V1.
 *
 * Y.decodeUpdate ignores bytes after the delete set, and a V2 update usually reads under the V1
 * decoder as an empty update followed by such bytes (its leading feature flag 0 is read as "no
 * structs"). So the strict reading here also requires that V1 decoding consumes every byte; Yjs's
 * `readUpdate` takes a lib0 decoder, whose position says how far it read.
 */
export type UpdateCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Structural check: a complete V1 decode that throws nowhere. Cheap: no document involved. */
export function decodesAsV1(update: unknown): UpdateCheck {
  if (!(update instanceof Uint8Array)) return { ok: false, reason: 'The update is not bytes.' };
  if (update.length === 0) return { ok: false, reason: 'The update is empty.' };
  try {
    Y.decodeUpdate(update);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: notV1(update, `it does not decode (${describe(error)})`) };
  }
}

/**
 * Applies `update` to `doc` reading it as V1, and says whether it read and integrated cleanly and
 * to the last byte. Whatever it integrated before a failure stays in `doc`: call it on a scratch
 * document only.
 */
export function integrateV1(doc: Y.Doc, update: Uint8Array, origin: unknown): UpdateCheck {
  const decoder = decoding.createDecoder(update);
  try {
    Y.readUpdate(decoder, doc, origin);
  } catch (error) {
    return { ok: false, reason: `Yjs could not integrate the update (${describe(error)}).` };
  }
  if (decoder.pos !== update.length) {
    return { ok: false, reason: notV1(update, `${update.length - decoder.pos} bytes follow its end`) };
  }
  return { ok: true };
}

function notV1(update: Uint8Array, detail: string): string {
  return looksLikeV2(update)
    ? `The update is in Yjs's V2 format; only V1 is accepted (the V2 decoder can be made to loop on crafted input).`
    : `The update is not a valid Yjs V1 update: ${detail}.`;
}

/**
 * Whether the bytes have a V2 update's outer layout: a feature flag 0, then nine length-prefixed
 * column buffers that fit. Reads lengths only (bounded work), never the V2 decoder. Used only to
 * word the refusal; a V1 reading is what decides.
 */
export function looksLikeV2(update: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(update);
    if (decoding.readVarUint(decoder) !== 0) return false;
    for (let column = 0; column < 9; column++) decoding.readVarUint8Array(decoder);
    return decoder.pos <= update.length;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
