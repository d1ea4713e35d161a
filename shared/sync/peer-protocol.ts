import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The messages two laptops exchange over their data channel, after framing (frame-format.ts)
 * has put each one back together. One type byte, then one length-prefixed field (lib0 varint
 * encoding, as y-protocols uses), and nothing after it:
 *
 *   0 HELLO      JSON { protocol, clientId, identity }   who is at the other end
 *   1 STEP1      Yjs state vector                          "send me what I lack"
 *   2 STEP2      Yjs V1 update                             the answer to a STEP1
 *   3 UPDATE     Yjs V1 update                             a live change
 *   4 AWARENESS  y-protocols awareness update              presence
 *   5 REFUSED    text (at most MAX_REFUSAL_CHARS)          "your update broke a workspace rule
 *                                                           (why); sync with you is paused"
 *
 * This is y-protocols' sync exchange (step 1, step 2, update) with a hello in front; it is not
 * read by y-protocols' own readSyncMessage, which applies an update straight to the Y.Doc.
 * Here an update only ever reaches the document through the proven, all-or-nothing merge.
 */
export const PEER_PROTOCOL_VERSION = 1;

export const PeerMessageType = { hello: 0, step1: 1, step2: 2, update: 3, awareness: 4, refused: 5 } as const;

export type PeerMessage =
  | { readonly type: 'hello'; readonly json: string }
  | { readonly type: 'step1'; readonly stateVector: Uint8Array }
  | { readonly type: 'step2' | 'update'; readonly update: Uint8Array }
  | { readonly type: 'awareness'; readonly update: Uint8Array }
  | { readonly type: 'refused'; readonly reason: string };

export type PeerMessageParse = { readonly ok: true; readonly message: PeerMessage } | { readonly ok: false; readonly reason: string };

/** A hello's JSON is small; anything larger is not a hello. */
export const MAX_HELLO_BYTES = 4096;
/** A refusal's reason is one message for people; longer is cut (sending) or refused (receiving). */
export const MAX_REFUSAL_CHARS = 2000;

export function encodePeerMessage(message: PeerMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, PeerMessageType[message.type]);
  switch (message.type) {
    case 'hello':
      encoding.writeVarString(encoder, message.json);
      break;
    case 'refused':
      encoding.writeVarString(encoder, message.reason.slice(0, MAX_REFUSAL_CHARS));
      break;
    case 'step1':
      encoding.writeVarUint8Array(encoder, message.stateVector);
      break;
    default:
      encoding.writeVarUint8Array(encoder, message.update);
  }
  return encoding.toUint8Array(encoder);
}

/** Reads one message; never throws. The payload's own content is checked by whoever uses it. */
export function parsePeerMessage(bytes: Uint8Array): PeerMessageParse {
  if (bytes.length === 0) return { ok: false, reason: 'An empty message.' };
  try {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readUint8(decoder);
    let message: PeerMessage;
    switch (type) {
      case PeerMessageType.hello: {
        const json = decoding.readVarString(decoder);
        if (json.length > MAX_HELLO_BYTES) return { ok: false, reason: `A hello of ${json.length} characters (at most ${MAX_HELLO_BYTES}).` };
        message = { type: 'hello', json };
        break;
      }
      case PeerMessageType.step1:
        message = { type: 'step1', stateVector: decoding.readVarUint8Array(decoder) };
        break;
      case PeerMessageType.step2:
        message = { type: 'step2', update: decoding.readVarUint8Array(decoder) };
        break;
      case PeerMessageType.update:
        message = { type: 'update', update: decoding.readVarUint8Array(decoder) };
        break;
      case PeerMessageType.awareness:
        message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
        break;
      case PeerMessageType.refused: {
        const reason = decoding.readVarString(decoder);
        if (reason.length > MAX_REFUSAL_CHARS) return { ok: false, reason: `A refusal of ${reason.length} characters (at most ${MAX_REFUSAL_CHARS}).` };
        message = { type: 'refused', reason };
        break;
      }
      default:
        return { ok: false, reason: `Unknown message type ${type}.` };
    }
    if (decoding.hasContent(decoder)) return { ok: false, reason: `${bytes.length - decoder.pos} bytes after a ${message.type} message.` };
    return { ok: true, message };
  } catch {
    return { ok: false, reason: 'A message cut short.' };
  }
}
