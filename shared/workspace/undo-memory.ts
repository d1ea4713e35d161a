/**
 * Undo that survives the page: hosting and joining a session reload the window (the session
 * server enters the page's security policy), and so does a person pressing reload. The undo
 * stack is kept as plain id ranges (yjs/internals.ts StoredUndoStep) in a per-window store and
 * read back into the new page's undo manager, on the same document loaded from the log.
 *
 * What is read back is checked twice: its shape (the store is the browser's, never trusted), and
 * that the document holds every id it names. A stack that fails either check is dropped whole
 * (after a restore, say, the document no longer holds what the steps took back): undo then starts
 * empty, as it did before this existed, and never undoes part of a step.
 */
import type * as Y from 'yjs';
import { array, guarded, literal, object, parse, type Shape } from '../validation/shape';
import { inDeletedRanges, undoStepsIn, undoStepsOut, type GcFilter, type StoredUndoStep } from '../yjs/internals';

export interface UndoStore {
  load(): string | null;
  save(value: string): void;
  /**
   * Calls `save` when the page goes (a reload, the join's reload, a close) and returns the unhook.
   * A store that can tell saves only then: typing updates the top step at every keystroke, and
   * nothing reads the stored copy before the page ends. A store without it is saved on every change.
   */
  whenPageGoes?(save: () => void): () => void;
}

/** The most steps kept: older ones fall off, as Ctrl+Z far back is not how people work. */
export const KEPT_UNDO_STEPS = 100;

interface StoredUndo {
  readonly v: 1;
  readonly undo: readonly StoredUndoStep[];
  readonly redo: readonly StoredUndoStep[];
}

/** [client, [[clock, length], …]]: whole, non-negative numbers, lengths of at least 1. */
function isRangeTuple(value: unknown): value is StoredUndoStep['insertions'][number] {
  const whole = (n: unknown, min: number) => Number.isSafeInteger(n) && (n as number) >= min;
  return Array.isArray(value) && value.length === 2 && whole(value[0], 0) && Array.isArray(value[1])
    && value[1].every((pair: unknown) => Array.isArray(pair) && pair.length === 2 && whole(pair[0], 0) && whole(pair[1], 1));
}

const rangesShape = array(guarded(isRangeTuple, 'a client and its [clock, length] ranges'));
const stepShape = object({ insertions: rangesShape, deletions: rangesShape });
const storedShape: Shape<StoredUndo> = object({ v: literal(1), undo: array(stepShape), redo: array(stepShape) });

/**
 * What the window kept, read before its document is made: the document must be created with
 * `gcFilter` (schema.ts createWorkspaceDoc), or loading the log would garbage-collect the very
 * content the kept steps would bring back.
 */
export interface UndoMemory {
  readonly steps: StoredUndo | null;
  readonly gcFilter: GcFilter;
}

export function readUndoMemory(store: UndoStore): UndoMemory {
  const steps = readStored(store);
  if (!steps) return { steps: null, gcFilter: () => true };
  const kept = inDeletedRanges([...steps.undo, ...steps.redo]);
  return { steps, gcFilter: (item) => !kept(item) };
}

/**
 * Puts the kept steps into `undo` (when the document holds all they name), then keeps the store
 * up to date: when the page goes if the store can tell, else at every change. The returned close
 * unhooks and saves once more (a reopen in the same page, after an identity change or a restore,
 * reads it back, checked).
 */
export function keepUndoAcrossReloads(doc: Y.Doc, undo: Y.UndoManager, store: UndoStore, memory: UndoMemory): () => void {
  if (memory.steps) restore(doc, undo, memory.steps);
  const save = () => {
    const stored: StoredUndo = {
      v: 1,
      undo: undoStepsOut(undo.undoStack.slice(-KEPT_UNDO_STEPS)),
      redo: undoStepsOut(undo.redoStack.slice(-KEPT_UNDO_STEPS)),
    };
    try {
      store.save(JSON.stringify(stored));
    } catch {
      // A full or refused store: undo still works in this page, it just will not outlive it.
    }
  };
  if (store.whenPageGoes) {
    const unhook = store.whenPageGoes(save);
    return () => {
      unhook();
      save();
    };
  }
  const events = ['stack-item-added', 'stack-item-updated', 'stack-item-popped', 'stack-cleared'] as const;
  for (const event of events) undo.on(event, save);
  return () => {
    for (const event of events) undo.off(event, save);
  };
}

function readStored(store: UndoStore): StoredUndo | null {
  try {
    const raw = store.load();
    if (raw === null) return null;
    const parsed = parse(storedShape, JSON.parse(raw));
    return parsed.ok ? parsed.value : null;
  } catch {
    return null;
  }
}

function restore(doc: Y.Doc, undo: Y.UndoManager, steps: StoredUndo): void {
  const undoItems = undoStepsIn(doc, steps.undo);
  const redoItems = undoStepsIn(doc, steps.redo);
  if (!undoItems || !redoItems) return;
  // The stacks are Yjs's own arrays: filled in place, before any edit of this page.
  (undo.undoStack as unknown[]).push(...undoItems);
  (undo.redoStack as unknown[]).push(...redoItems);
}
