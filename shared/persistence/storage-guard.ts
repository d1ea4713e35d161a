import { StorageError } from './update-store';

/**
 * Every LocalStore method runs through this: a failure of the storage underneath (quota, a full
 * disk, a closed database, an aborted transaction) comes out as a StorageError that says what
 * could not be done and the browser's reason, never swallowed. A StorageError passes through
 * unchanged, and so do the `refusals` the caller names (a damaged snapshot refused inside a
 * restore's transaction explains itself better than "could not restore").
 */
export async function guard<T>(
  what: string,
  run: () => Promise<T>,
  refusals: readonly (abstract new (...args: never[]) => Error)[] = [],
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (refusals.some((kind) => error instanceof kind)) throw error;
    throw storageFailure(what, error);
  }
}

/** The StorageError for a failure met outside a call (a live query's error, say). */
export function storageFailure(what: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError(`Could not ${what}. ${describeCause(error)}`, { cause: error });
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Dexie wraps an aborted transaction's reason in `inner`; the reason is what a person can act on.
  const inner = (error as { inner?: unknown }).inner;
  const own = `${error.name}: ${error.message}`;
  return inner instanceof Error && !own.includes(inner.message) ? `${own} (${inner.name}: ${inner.message})` : own;
}
