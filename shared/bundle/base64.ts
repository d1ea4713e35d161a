/**
 * Strict standard base64 (RFC 4648 §4, with padding) for the envelope header. Written here
 * because shared/ has neither the DOM's atob nor Node's Buffer, and because an envelope read must
 * refuse sloppy input (Buffer.from skips unknown characters) instead of guessing.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));
const STRICT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : ALPHABET[c & 63]!;
  }
  return out;
}

/** The bytes, or null when `text` is not canonical base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (!STRICT.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = [0, 1, 2, 3].map((k) => VALUES.get(text[i + k]!) ?? 0);
    const triple = (n[0]! << 18) | (n[1]! << 12) | (n[2]! << 6) | n[3]!;
    for (const shift of [16, 8, 0]) if (o < out.length) out[o++] = (triple >> shift) & 255;
  }
  // Canonical only: the unused low bits of the last character must be zero.
  return toBase64(out) === text ? out : null;
}
