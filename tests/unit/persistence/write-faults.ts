import type { LocalTable, WriteKind } from '../../../shared/persistence/access-probe';

/**
 * Armed write failures for the contract suite: the next `kind` write to `table` fails with a
 * QuotaExceededError, once, as a full disk fails an IndexedDB request. The memory harness checks
 * them in its probe, the Dexie harness in fake-indexeddb's object stores.
 */
export class WriteFaults {
  private readonly armed: { table: LocalTable; kind: WriteKind }[] = [];

  arm(table: LocalTable, kind: WriteKind): void {
    this.armed.push({ table, kind });
  }

  /** Consumes a matching fault; true when this write must fail. */
  take(table: string, kind: string): boolean {
    const index = this.armed.findIndex((fault) => fault.table === table && fault.kind === kind);
    if (index < 0) return false;
    this.armed.splice(index, 1);
    return true;
  }

  /** Faults never reached: a test that arms one expects the store to make that write. */
  get pending(): number {
    return this.armed.length;
  }
}

export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
