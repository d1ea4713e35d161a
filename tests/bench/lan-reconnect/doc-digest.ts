import * as Y from 'yjs';
import { ROOT } from '../../../shared/workspace/schema';

/**
 * "Identical state" for the benchmark, computed the same way in the pages and in Node: the
 * state vector (which edits a document holds) and a digest of its content (what they add up to:
 * every root map as JSON with sorted keys, so that two documents that resolved a concurrent
 * write differently, or hold different tombstones' effects, differ).
 */
export interface DocState {
  readonly stateVector: string;
  readonly digest: string;
}

export function stateVectorKey(doc: Y.Doc): string {
  return hex(Y.encodeStateVector(doc));
}

export function contentDigest(doc: Y.Doc): string {
  const content = Object.values(ROOT).map((name) => [name, doc.getMap(name).toJSON()]);
  return cyrb53(canonical(content));
}

export function docState(doc: Y.Doc): DocState {
  return { stateVector: stateVectorKey(doc), digest: contentDigest(doc) };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** A 53-bit string hash (cyrb53), plus the length: a benchmark's check, not a security one. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)}:${text.length}`;
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}
