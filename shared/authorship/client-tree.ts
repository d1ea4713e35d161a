import * as encoding from 'lib0/encoding';
import { digest as sha256 } from 'lib0/hash/sha256';
import type * as Y from 'yjs';
import { forEachUnit } from '../yjs/units';

/**
 * The digest a writer signs: a Merkle tree over the units of one client, clocks [0, N), shaped so
 * that every laptop computes the same value from its own copy (see AUTHORSHIP.md).
 *
 * Shape: node (level l, index i) covers clocks [i·2^l, (i+1)·2^l); a leaf (level 0) is the sha256
 * of a unit's canonical bytes (yjs/units.ts), a node the sha256 of its two children. The root for
 * N is the sha256 of (client, N, the peaks): the largest aligned nodes that tile [0, N), as in a
 * Merkle mountain range. An aligned node's digest does not depend on N, so a digest computed once
 * (or supplied for deleted content) holds for every later statement.
 *
 * Where a unit is gone (its content garbage-collected), its digest comes from a *pruned* node: a
 * digest someone who held the content computed (the laptop that deleted it writes them into the
 * document, authorship-root.ts). Pruned digests are untrusted: a wrong one only makes the root
 * differ from the signed one. A pruned digest is used only where this laptop cannot compute the
 * node from content, and the units it covers are reported as `unchecked`, never as verified.
 *
 * Digests computed from content are cached per client as content arrives (`observe`): content
 * only ever goes from present to gone, so a digest computed at arrival stays true after the
 * garbage collector has removed what it was computed from.
 */
export type Digest = Uint8Array;

export interface PrunedDigests {
  get(client: number, level: number, index: number): Digest | undefined;
}

export interface RootResult {
  readonly root: Digest;
  /** Clock ranges [from, to) whose digest came from a pruned node, not from content. */
  readonly unchecked: readonly (readonly [number, number])[];
}

const nodeKey = (level: number, index: number) => index * 64 + level;

function hashNode(left: Digest, right: Digest): Digest {
  const joined = new Uint8Array(65);
  joined[0] = 1;
  joined.set(left, 1);
  joined.set(right, 33);
  return sha256(joined);
}

function hashLeaf(bytes: Uint8Array): Digest {
  const joined = new Uint8Array(bytes.length + 1);
  joined.set(bytes, 1);
  return sha256(joined);
}

export function hashRoot(client: number, clock: number, peaks: readonly Digest[]): Digest {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, 2);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  for (const peak of peaks) encoding.writeUint8Array(encoder, peak);
  return sha256(encoding.toUint8Array(encoder));
}

/** The aligned nodes that tile [from, to) exactly, largest first where alignment allows. */
export function tiling(from: number, to: number): [level: number, index: number][] {
  const nodes: [number, number][] = [];
  let at = from;
  while (at < to) {
    let level = 0;
    while (at % 2 ** (level + 1) === 0 && at + 2 ** (level + 1) <= to) level++;
    nodes.push([level, at / 2 ** level]);
    at += 2 ** level;
  }
  return nodes;
}

export class ClientTrees {
  private readonly trees = new Map<number, Map<number, Digest>>();

  /** `skip`: clients never hashed (the seed's, verified by definition); `only`: the sole clients hashed, if given. */
  constructor(
    private readonly skeletonRoots: ReadonlySet<string>,
    private readonly skip: ReadonlySet<number> = new Set(),
    private readonly only: { has(client: number): boolean } | null = null,
  ) {}

  /** Adds the digests of `client`'s units [from, to) that `doc` holds with content now. */
  add(doc: Y.Doc, client: number, from: number, to: number): void {
    if (this.skip.has(client) || (this.only && !this.only.has(client))) return;
    let tree = this.trees.get(client);
    if (!tree) this.trees.set(client, (tree = new Map()));
    const nodes = tree;
    forEachUnit(doc, client, from, to, this.skeletonRoots, (clock, bytes) => {
      if (bytes === null || nodes.has(nodeKey(0, clock))) return;
      nodes.set(nodeKey(0, clock), hashLeaf(bytes));
      // Complete every parent whose other half is known already.
      for (let level = 0, index = clock; ; level++, index = Math.floor(index / 2)) {
        const sibling = nodes.get(nodeKey(level, index ^ 1));
        const self = nodes.get(nodeKey(level, index))!;
        if (!sibling) break;
        const parent = index % 2 === 0 ? hashNode(self, sibling) : hashNode(sibling, self);
        nodes.set(nodeKey(level + 1, Math.floor(index / 2)), parent);
      }
    });
  }

  /** Follows `doc`: every transaction's new units, of every client, before Yjs collects garbage. */
  observe(doc: Y.Doc): () => void {
    const onTransaction = (transaction: Y.Transaction) => {
      for (const [client, clock] of transaction.afterState) {
        const before = transaction.beforeState.get(client) ?? 0;
        if (clock > before) this.add(doc, client, before, clock);
      }
    };
    for (const [client, structs] of doc.store.clients) {
      const last = structs[structs.length - 1];
      if (last) this.add(doc, client, 0, last.id.clock + last.length);
    }
    doc.on('afterTransaction', onTransaction);
    return () => doc.off('afterTransaction', onTransaction);
  }

  /** The digest of node (level, index) from content, or null where some unit under it is gone. */
  fromContent(client: number, level: number, index: number): Digest | null {
    return this.trees.get(client)?.get(nodeKey(level, index)) ?? null;
  }

  /**
   * The digest of node (level, index) from the cache, or else from what `doc` holds now (for a
   * client this cache does not follow); null where some unit under it is gone. The signer reads
   * deleted ranges this way in 'afterTransaction', while their content is still there.
   */
  nodeOf(doc: Y.Doc, client: number, level: number, index: number): Digest | null {
    const cached = this.fromContent(client, level, index);
    if (cached) return cached;
    let row: (Digest | null)[] = [];
    const from = index * 2 ** level;
    const to = from + 2 ** level;
    let expected = from;
    forEachUnit(doc, client, from, to, this.skeletonRoots, (clock, bytes) => {
      row.push(clock === expected++ && bytes ? hashLeaf(bytes) : null);
    });
    if (row.length !== to - from || row.some((digest) => digest === null)) return null;
    while (row.length > 1) {
      const next: Digest[] = [];
      for (let i = 0; i < row.length; i += 2) next.push(hashNode(row[i]!, row[i + 1]!));
      row = next;
    }
    return row[0] ?? null;
  }

  /** The root over [0, clock), content first, pruned digests where content is gone; null if neither. */
  root(client: number, clock: number, pruned: PrunedDigests): RootResult | null {
    const unchecked: [number, number][] = [];
    const resolve = (level: number, index: number): Digest | null => {
      const known = this.fromContent(client, level, index);
      if (known) return known;
      if (level > 0) {
        const mark = unchecked.length;
        const left = resolve(level - 1, index * 2);
        const right = left && resolve(level - 1, index * 2 + 1);
        if (left && right) return hashNode(left, right);
        unchecked.length = mark;
      }
      const supplied = pruned.get(client, level, index);
      if (!supplied) return null;
      unchecked.push([index * 2 ** level, (index + 1) * 2 ** level]);
      return supplied;
    };
    const peaks: Digest[] = [];
    for (const [level, index] of tiling(0, clock)) {
      const peak = resolve(level, index);
      if (!peak) return null;
      peaks.push(peak);
    }
    return { root: hashRoot(client, clock, peaks), unchecked };
  }
}
