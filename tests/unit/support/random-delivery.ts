import * as Y from 'yjs';

/**
 * Yjs's own test idea: every update a replica makes goes into one outbox, and `deliver(n)` hands
 * n of them, chosen by `order` (a fast-check stream), to every other replica. Updates arrive late,
 * out of order and interleaved with new edits; `deliver(Infinity)` ends the partition.
 */
export function randomDelivery(docs: readonly Y.Doc[], order: Iterable<number>): (count: number) => void {
  const outbox: { from: number; update: Uint8Array }[] = [];
  docs.forEach((doc, from) => doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') outbox.push({ from, update });
  }));
  const choices = order[Symbol.iterator]();
  return (count) => {
    for (let i = 0; i < count && outbox.length > 0; i++) {
      const [message] = outbox.splice((choices.next().value as number) % outbox.length, 1);
      docs.forEach((doc, to) => {
        if (message && to !== message.from) Y.applyUpdate(doc, message.update, 'remote');
      });
    }
  };
}
