/**
 * What peers say to each other through the signaling server, inside the room's encryption:
 * - announce { from, to? }: "I am in the room" (to everyone, or in reply to one peer);
 * - signal { from, to, link, description }: a WebRTC offer or answer for one peer. `link` is the
 *   offering side's random id for that connection, echoed in the answer: anyone on the network
 *   can record and re-publish encrypted messages, and without it a replayed offer would tear down
 *   a working link and a stale answer would be applied to a new one (lan-sync.ts).
 * Peer ids are random per session. Decrypting proves a message came from someone with the
 * passphrase, not that it is well-formed: every field is checked here.
 */
export type RoomMessage =
  | { readonly type: 'announce'; readonly from: string; readonly to: string | null }
  | {
      readonly type: 'signal';
      readonly from: string;
      readonly to: string;
      readonly link: string;
      readonly description: { readonly type: 'offer' | 'answer'; readonly sdp: string };
    };

const MAX_ID = 64;
const MAX_SDP = 64 * 1024;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;

export function parseRoomMessage(value: unknown): RoomMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (!isId(m.from)) return null;
  if (m.type === 'announce') {
    if (m.to !== undefined && m.to !== null && !isId(m.to)) return null;
    return { type: 'announce', from: m.from, to: isId(m.to) ? m.to : null };
  }
  if (m.type === 'signal' && isId(m.to) && isId(m.link) && typeof m.description === 'object' && m.description !== null) {
    const d = m.description as Record<string, unknown>;
    if ((d.type === 'offer' || d.type === 'answer') && typeof d.sdp === 'string' && d.sdp.length <= MAX_SDP) {
      return { type: 'signal', from: m.from, to: m.to, link: m.link, description: { type: d.type, sdp: d.sdp } };
    }
  }
  return null;
}
