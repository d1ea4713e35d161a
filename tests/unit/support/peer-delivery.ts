import type * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { Identity } from '../../../shared/identity/identity';
import { PeerSession } from '../../../shared/sync/peer-session';
import { ShadowGate } from '../../../shared/sync/shadow-gate';

/**
 * randomDelivery's idea (random moments, random interleaving, partitions until the end) on the
 * production path: every replica merges through its own ShadowGate (the shadow proof and the
 * semantic gate) inside a PeerSession, one session per pair of replicas, joined by in-memory
 * pipes. A pipe is ordered, as a data channel is; `deliver(n)` hands over n messages, each from a
 * pipe chosen by `order`, so the pipes interleave at random. Every replica forwards what its
 * document emits to each session but the one it came from, as lan-sync.ts does. `problems`
 * collects every refusal and pause: on honest traffic it must stay empty.
 */
export interface PeerDelivery {
  deliver(count: number): void;
  readonly problems: string[];
  close(): void;
}

interface Pipe {
  readonly to: PeerSession;
  readonly queue: Uint8Array[];
}

export function peerDelivery(docs: readonly Y.Doc[], order: Iterable<number>): PeerDelivery {
  const problems: string[] = [];
  const gates = docs.map((doc) => new ShadowGate(doc));
  const awarenesses = docs.map((doc) => new Awareness(doc));
  const sessions: PeerSession[][] = docs.map(() => []);
  const pipes: Pipe[] = [];
  const identity = (index: number): Identity => ({ name: `Replica ${index}`, delegation: index % 2 ? 'israel' : 'us', role: 'delegate' });
  // One session per direction of each pair; a session's send goes into the pipe to the other side.
  for (let a = 0; a < docs.length; a++) {
    for (let b = a + 1; b < docs.length; b++) {
      const toB: Uint8Array[] = [];
      const toA: Uint8Array[] = [];
      const open = (self: number, outbox: Uint8Array[]) => {
        const session = new PeerSession(
          { doc: docs[self]!, awareness: awarenesses[self]!, identity: identity(self), merge: (update, origin) => gates[self]!.apply(update, origin) },
          (bytes) => outbox.push(bytes),
          {
            onHello: () => undefined,
            onSynced: () => undefined,
            onRejected: (reason) => problems.push(`replica ${self}: ${reason}`),
            onProblem: (problem) => problems.push(`replica ${self}: paused with ${problem.peer}: ${problem.reason}`),
          },
        );
        sessions[self]!.push(session);
        return session;
      };
      const atA = open(a, toB);
      const atB = open(b, toA);
      pipes.push({ to: atB, queue: toB }, { to: atA, queue: toA });
    }
  }
  const forwarders = docs.map((doc, index) => {
    const forward = (update: Uint8Array, origin: unknown) => {
      for (const session of sessions[index]!) if (session.origin !== origin) session.sendUpdate(update);
    };
    doc.on('update', forward);
    return forward;
  });
  for (const list of sessions) for (const session of list) session.start();
  const choices = order[Symbol.iterator]();
  return {
    problems,
    deliver(count) {
      for (let i = 0; i < count; i++) {
        const waiting = pipes.filter((pipe) => pipe.queue.length > 0);
        if (waiting.length === 0) return;
        const pipe = waiting[(choices.next().value as number) % waiting.length]!;
        pipe.to.receive(pipe.queue.shift()!);
      }
    },
    close() {
      docs.forEach((doc, index) => doc.off('update', forwarders[index]!));
      for (const gate of gates) gate.destroy();
      for (const awareness of awarenesses) awareness.destroy();
    },
  };
}
