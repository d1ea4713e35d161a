import path from 'node:path';
import * as Y from 'yjs';
import { seedUpdateFrom } from '../../../electron/host/bundle/seed-files';
import { TIERS } from '../../../shared/compact/types';
import type { Identity } from '../../../shared/identity/identity';
import { addAction, editActionTitle, requireAction } from '../../../shared/workspace/actions';
import { recordAuthor } from '../../../shared/workspace/authors';
import { actionsMap, ACTION_FIELDS as F, createWorkspaceDoc, ROOT } from '../../../shared/workspace/schema';
import { docState, type DocState } from '../lan-reconnect/doc-digest';
import { makeOfflineEdits } from '../lan-reconnect/offline-edits';

/**
 * What every simulated laptop starts from and does, the same for the mesh and the relay: the
 * canonical seed plus BASE_ACTIONS actions (as after an earlier session, written by a laptop that
 * is not in the room now), then its own author entry and K offline edits through the app's
 * operations (lan-reconnect/offline-edits.ts: typing, status changes, moves, new actions; every
 * laptop on the same shared records among them, so the merge resolves concurrent writes).
 */
export const BASE_ACTIONS = 100;

export interface Base {
  readonly update: Uint8Array;
  readonly actionIds: readonly string[];
}

export function makeBase(root: string): Base {
  const doc = createWorkspaceDoc();
  Y.applyUpdate(doc, seedUpdateFrom(path.join(root, 'seeds/compact')));
  const start = Date.parse('2026-08-01T09:00:00.000Z');
  for (let i = 0; i < BASE_ACTIONS; i++) addAction(doc, { title: `Base action ${i}: ${i % 2 ? 'grid pilot' : 'quantum sensing'}`, tier: TIERS[i % 3] }, new Date(start + i * 60_000));
  const base = { update: Y.encodeStateAsUpdate(doc), actionIds: [...actionsMap(doc).keys()].sort() };
  doc.destroy();
  return base;
}

export function identityOf(index: number): Identity {
  return { name: `Laptop ${index + 1}`, delegation: index % 2 ? 'israel' : 'us', role: index % 3 ? 'delegate' : 'note-taker' };
}

/** A laptop's workspace document holding the base, every root created (as the app opens one). */
export function openWorkspace(base: Base): Y.Doc {
  const doc = createWorkspaceDoc();
  for (const name of Object.values(ROOT)) doc.getMap(name);
  Y.applyUpdate(doc, base.update);
  return doc;
}

/** The laptop's own author entry, then its K offline edits. Call after the gate exists (it mirrors them). */
export function workOffline(doc: Y.Doc, index: number, edits: number, base: Base): void {
  recordAuthor(doc, identityOf(index));
  makeOfflineEdits(doc, index, edits, base.actionIds);
}

/** What every document must end as: all laptops' states merged. */
export function mergedState(docs: readonly Y.Doc[]): DocState {
  const merged = createWorkspaceDoc();
  for (const name of Object.values(ROOT)) merged.getMap(name);
  for (const doc of docs) Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
  const state = docState(merged);
  merged.destroy();
  return state;
}

/** Throws unless every document holds exactly `expected` (state vector and content). */
export function checkConverged(what: string, docs: readonly Y.Doc[], expected: DocState): void {
  docs.forEach((doc, index) => {
    const state = docState(doc);
    if (state.stateVector !== expected.stateVector || state.digest !== expected.digest) {
      throw new Error(`Benchmark correctness check failed: ${what}: laptop ${index + 1} does not hold the merged workspace`);
    }
  });
}

/**
 * One live keystroke: a letter typed at the end of a shared action's title, through the app's
 * operation (which also stamps "edited by / at", coalesced per minute). `step` picks the record, so
 * consecutive edits land on a handful of titles as several people typing would.
 */
export function keystroke(doc: Y.Doc, base: Base, step: number): void {
  const id = base.actionIds[step % 7]!;
  const title = String(requireAction(doc, id).get(F.title) ?? '');
  const next = title.length >= 400 ? title.slice(0, 200) : `${title}${String.fromCharCode(97 + (step % 26))}`;
  editActionTitle(doc, id, next, new Date(Date.parse('2026-09-02T08:00:00.000Z') + step * 1_000));
}
