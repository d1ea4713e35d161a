import type * as Y from 'yjs';

/** CPU this process has used (user + system), ms: every simulated laptop's work, GC included. */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Resolves true once `holds(doc)` is true for every document (checked now and after each update of
 * that document alone), or false when `limitMs` passes first. A time limit makes a figure, never a
 * failure: the caller decides what not converging means.
 */
export function whenAll(docs: readonly Y.Doc[], holds: (doc: Y.Doc) => boolean, limitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const waiting = new Set(docs.filter((doc) => !holds(doc)));
    if (waiting.size === 0) return resolve(true);
    const listeners = new Map<Y.Doc, () => void>();
    const done = (result: boolean) => {
      clearTimeout(timer);
      for (const [doc, listener] of listeners) doc.off('update', listener);
      resolve(result);
    };
    const timer = setTimeout(() => done(false), limitMs);
    for (const doc of waiting) {
      const listener = () => {
        if (!holds(doc)) return;
        waiting.delete(doc);
        doc.off('update', listener);
        listeners.delete(doc);
        if (waiting.size === 0) done(true);
      };
      listeners.set(doc, listener);
      doc.on('update', listener);
    }
  });
}
