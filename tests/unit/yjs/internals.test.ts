import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  VERIFIED_YJS_VERSION, copyRootTypes, currentWriter, deletedIn, hasPendingStructs, isNewIn, isWaitingForMissing, keyHistory,
  keySlots, placementOf, structId, textRuns, type ItemRun,
} from '../../../shared/yjs/internals';

/**
 * What shared/yjs/internals.ts assumes of Yjs, checked against the installed Yjs. Conflict
 * detection, attribution and undo stand on these facts; an upgrade that changes one fails here
 * with the version named, before it silently loses or invents a conflict.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const installed: string = JSON.parse(readFileSync(path.join(root, 'node_modules/yjs/package.json'), 'utf8')).version;
const pinned: string = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies.yjs;

/** The failure message every check carries. */
const because = (fact: string) =>
  `yjs ${installed}: ${fact}. shared/yjs/internals.ts relies on this (checked with yjs ${VERIFIED_YJS_VERSION}); re-check it before upgrading.`;

function docWithClient(clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  return doc;
}

function sync(from: Y.Doc, to: Y.Doc, origin: unknown = 'remote'): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), origin);
}

/** Two laptops that share a record, then each write `status` without seeing the other. */
function concurrentWrites() {
  const a = docWithClient(1);
  const b = docWithClient(2);
  a.getMap('actions').set('x', new Y.Map<unknown>());
  const record = (doc: Y.Doc) => doc.getMap('actions').get('x') as Y.Map<unknown>;
  record(a).set('status', 'proposed');
  sync(a, b);
  record(a).set('status', 'agreed');
  record(b).set('status', 'blocked');
  return { a, b, record };
}

describe('the pinned Yjs', () => {
  it('is the version package.json pins and internals.ts was checked against', () => {
    expect(pinned, 'package.json pins yjs exactly (no ^ or ~): its internals are read').toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed, `node_modules has yjs ${installed} but package.json pins ${pinned}: run npm ci`).toBe(pinned);
    expect(installed, because(`this is not the version internals.ts was verified against (${VERIFIED_YJS_VERSION})`)).toBe(VERIFIED_YJS_VERSION);
  });
});

describe('map key histories', () => {
  it('two concurrent writes to one key are sibling items: same origin, different clients', () => {
    const { a, b, record } = concurrentWrites();
    let during: ReturnType<typeof keyHistory> = [];
    a.once('afterTransaction', () => (during = keyHistory(record(a), 'status')));
    sync(b, a);
    expect(during.length, because('a key written three times holds three items, read left to right')).toBe(3);
    const [first, ...siblings] = during;
    expect(siblings.map((run) => run.origin), because('both concurrent writes name the value they replaced as origin'))
      .toEqual([first!.id, first!.id]);
    expect(new Set(siblings.map((run) => run.id.client)), because('the siblings are by the two writers')).toEqual(new Set([1, 2]));
    expect(during.filter((run) => !run.deleted).length, because('exactly one item of a key is live: the rightmost')).toBe(1);
    expect(during.at(-1)!.deleted, because('the live value is the rightmost item')).toBe(false);
    // The value held until the merge and the one it brought are readable; one replaced earlier is collected.
    expect(during.map(firstValue), because('in afterTransaction the merge\'s values are still readable, the loser\'s included'))
      .toEqual(['gone', ...siblings.map((run) => (run.id.client === 1 ? 'agreed' : 'blocked'))]);
    expect(firstValue(during.at(-1)!), because('the rightmost item is the value map.get returns')).toBe(record(a).get('status'));
  });

  it('a sequential write is the child of the value it replaced', () => {
    const a = docWithClient(7);
    const map = a.getMap('m');
    map.set('k', 'one');
    map.set('k', 'two');
    const runs = keyHistory(map, 'k');
    const units = runs.flatMap((run) => Array.from({ length: run.length }, (_, i) => ({
      id: structId(run.id.client, run.id.clock + i),
      origin: i === 0 ? run.origin : structId(run.id.client, run.id.clock + i - 1),
    })));
    expect(units.length, because('two writes are two units (possibly one merged run)')).toBe(2);
    expect(units[0]!.origin, because('a key\'s first write has no origin')).toBeNull();
    expect(units[1]!.origin, because('the second write names the first as origin')).toEqual(units[0]!.id);
  });

  it('a replaced value is garbage-collected once its transaction ends', () => {
    const { a, b, record } = concurrentWrites();
    sync(b, a);
    const gone = keyHistory(record(a), 'status').filter((run) => run.deleted);
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((run) => run.content.kind === 'gone'), because('deleted map values are collected after the transaction (gc on)')).toBe(true);
  });

  it('currentWriter names the live value\'s client, and none after a delete', () => {
    const a = docWithClient(42);
    const map = a.getMap('m');
    map.set('k', 'v');
    expect(currentWriter(map, 'k'), because('the live item\'s id carries its writer')).toBe(42);
    map.delete('k');
    expect(currentWriter(map, 'k'), because('a deleted key has no live item')).toBeNull();
    expect(keySlots(map), because('a deleted key keeps its last item in the map\'s table')).toEqual([
      { key: 'k', id: expect.objectContaining({ client: 42 }), deleted: true },
    ]);
  });
});

describe('text runs', () => {
  it('two inserts at one place name the same neighbours (origin and right origin)', () => {
    const a = docWithClient(1);
    const b = docWithClient(2);
    a.getText('t').insert(0, 'ac');
    sync(a, b);
    a.getText('t').insert(1, 'X');
    b.getText('t').insert(1, 'Y');
    sync(b, a);
    const runs = textRuns(a.getText('t'));
    const inserted = runs.filter((run) => run.content.kind === 'text' && (run.content.text === 'X' || run.content.text === 'Y'));
    expect(inserted.length, because('each concurrent insert is its own item')).toBe(2);
    expect(inserted[0]!.origin, because('both inserts name the character they were typed after')).toEqual(inserted[1]!.origin);
    expect(inserted[0]!.rightOrigin, because('both inserts name the character they were typed before')).toEqual(inserted[1]!.rightOrigin);
    expect(runs.map((run) => (run.content.kind === 'text' ? run.content.text : '')).join(''), because('runs left to right spell the text'))
      .toBe(a.getText('t').toString());
  });
});

describe('placements', () => {
  it('a record map sits under its collection by key; a root has no placement', () => {
    const doc = new Y.Doc();
    const actions = doc.getMap('actions');
    const record = new Y.Map<unknown>();
    actions.set('a-1', record);
    const title = new Y.Text('t');
    record.set('title', title);
    expect(placementOf(record), because('a nested map\'s item names its parent and key')).toEqual({ parent: actions, key: 'a-1', deleted: false });
    expect(placementOf(title)?.parent, because('a text\'s parent is the record holding it')).toBe(record);
    expect(placementOf(actions), because('root types have no item')).toBeNull();
    expect(placementOf('not a type')).toBeNull();
  });
});

describe('transactions', () => {
  it('says which structs a transaction brought and which it deleted', () => {
    const { a, b, record } = concurrentWrites();
    const seen: { fresh: boolean[]; deleted: boolean[] } = { fresh: [], deleted: [] };
    a.once('afterTransaction', (transaction: Y.Transaction) => {
      const runs = keyHistory(record(a), 'status');
      seen.fresh = runs.map((run) => isNewIn(transaction, run.id));
      seen.deleted = runs.map((run) => deletedIn(transaction, run.id));
    });
    sync(b, a);
    expect(seen.fresh.filter(Boolean).length, because('beforeState tells the one struct the merge brought')).toBe(1);
    expect(seen.deleted.filter(Boolean).length, because('the merge deletes the value that lost (deleteSet)')).toBe(1);
  });
});

describe('pending structs', () => {
  it('an update whose dependency is missing waits as pending, and applies once it arrives', () => {
    const a = docWithClient(5);
    const first = captureUpdate(a, () => a.getMap('m').set('k', 1));
    const second = captureUpdate(a, () => a.getMap('m').set('k', 2));
    const b = new Y.Doc();
    Y.applyUpdate(b, second);
    expect(hasPendingStructs(b), because('an update past a missing clock is kept as pendingStructs')).toBe(true);
    expect(isWaitingForMissing(b)).toBe(true);
    expect(b.getMap('m').get('k'), because('pending structs are not applied')).toBeUndefined();
    Y.applyUpdate(b, first);
    expect(hasPendingStructs(b), because('pendingStructs is null once the dependency arrived')).toBe(false);
    expect(isWaitingForMissing(b)).toBe(false);
    expect(b.getMap('m').get('k')).toBe(2);
  });

  it('a delete of an item not yet received waits as a pending delete', () => {
    const a = docWithClient(5);
    const insert = captureUpdate(a, () => a.getArray('l').insert(0, [1]));
    const removal = captureUpdate(a, () => a.getArray('l').delete(0, 1));
    const b = new Y.Doc();
    Y.applyUpdate(b, removal);
    expect(hasPendingStructs(b)).toBe(false);
    expect(isWaitingForMissing(b), because('a delete set naming unknown structs is kept as pendingDs')).toBe(true);
    Y.applyUpdate(b, insert);
    expect(isWaitingForMissing(b)).toBe(false);
  });
});

describe('root types', () => {
  it('copyRootTypes gives a copy the same root classes, untyped roots included', () => {
    const source = new Y.Doc();
    source.getMap('actions');
    source.getText('notes');
    const writer = new Y.Doc();
    writer.getArray('unknownRoot').insert(0, ['x']);
    Y.applyUpdate(source, Y.encodeStateAsUpdate(writer));
    const target = new Y.Doc();
    copyRootTypes(source, target);
    const classes = (doc: Y.Doc) => [...doc.share].map(([name, type]) => [name, type.constructor]);
    expect(classes(target), because('doc.share lists every root with its class')).toEqual(classes(source));
    expect(source.share.get('unknownRoot')?.constructor, because('a root first seen in an update is untyped')).toBe(Y.AbstractType);
  });
});

function firstValue(run: ItemRun): unknown {
  return run.content.kind === 'values' ? run.content.values[0] : run.content.kind;
}

function captureUpdate(doc: Y.Doc, edit: () => void): Uint8Array {
  let update: Uint8Array | null = null;
  const keep = (bytes: Uint8Array) => (update = bytes);
  doc.on('update', keep);
  edit();
  doc.off('update', keep);
  if (!update) throw new Error('the edit produced no update');
  return update;
}
