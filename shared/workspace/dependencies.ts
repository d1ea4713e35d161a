/**
 * Dependencies between actions: "this action waits for that one". A local edit that would close
 * a cycle is refused with the cycle named. Two laptops can still close one together (each adds
 * one edge, neither sees a cycle); the derived view finds such cycles and flags them
 * (dependency-graph.ts) and nothing ever loops on them.
 */
import * as Y from 'yjs';
import { type MessagePart, toPlainText } from '../text/bidi';
import { OperationError, requireAction, stampEdit } from './actions';
import { ACTION_FIELDS as F, LOCAL_ORIGIN, actionsMap } from './schema';

function dependenciesOf(record: Y.Map<unknown>): string[] {
  const set = record.get(F.dependsOn);
  return set instanceof Y.Map ? [...set.keys()] : [];
}

function titleOf(doc: Y.Doc, id: string): string {
  const record = actionsMap(doc).get(id);
  const title = record instanceof Y.Map ? record.get(F.title) : null;
  return title instanceof Y.Text && title.length > 0 ? title.toString() : id;
}

/**
 * The chain of dependencies leading from `from` to `to` through live actions, or null. Visits each
 * action once (breadth first, so the chain named is a shortest one). Deleted actions are left out,
 * as the views leave them out of the graph.
 */
function pathBetween(doc: Y.Doc, from: string, to: string): string[] | null {
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head]!;
    if (current === to) {
      const path: string[] = [];
      for (let at: string | null = current; at !== null; at = previous.get(at) ?? null) path.unshift(at);
      return path;
    }
    const record = actionsMap(doc).get(current);
    if (!(record instanceof Y.Map) || record.get(F.deleted) === true) continue;
    for (const next of dependenciesOf(record)) {
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}

/** "That would make a cycle: “A” → “B” → “A”.", each title a part of its own. */
export function cycleMessage(titles: readonly string[]): MessagePart[] {
  const parts: MessagePart[] = [{ kind: 'text', text: 'That would make a cycle: ' }];
  titles.forEach((title, index) => {
    parts.push({ kind: 'text', text: index === 0 ? '“' : '” → “' }, { kind: 'user', text: title });
  });
  parts.push({ kind: 'text', text: '”.' });
  return parts;
}

export function addDependency(doc: Y.Doc, id: string, dependsOn: string, now: Date = new Date()): void {
  const record = requireAction(doc, id);
  requireAction(doc, dependsOn);
  if (id === dependsOn) throw new OperationError('An action cannot depend on itself.', { id: 'selfDependency' });
  const back = pathBetween(doc, dependsOn, id);
  if (back) {
    // Built as parts: each title isolated (FSI … PDI in the string, its own element on screen,
    // shared/text/bidi.ts), so Hebrew and English titles keep their own direction in one line.
    const titles = [id, ...back].map((step) => titleOf(doc, step));
    throw new OperationError(toPlainText(cycleMessage(titles)), { id: 'cycle', chain: titles });
  }
  doc.transact(() => {
    const stored = record.get(F.dependsOn);
    const set: Y.Map<unknown> = stored instanceof Y.Map ? stored : record.set(F.dependsOn, new Y.Map<unknown>());
    if (set.has(dependsOn)) return;
    set.set(dependsOn, true);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}

export function removeDependency(doc: Y.Doc, id: string, dependsOn: string, now: Date = new Date()): void {
  const record = requireAction(doc, id);
  const set = record.get(F.dependsOn);
  if (!(set instanceof Y.Map) || !set.has(dependsOn)) return;
  doc.transact(() => {
    set.delete(dependsOn);
    stampEdit(doc, record, now);
  }, LOCAL_ORIGIN);
}
