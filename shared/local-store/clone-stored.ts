/**
 * What a memory store keeps and hands out is a copy, as IndexedDB's structured clone makes one:
 * a caller changing an object after saving it, or one it read, must not change what is stored.
 * Plain data only (objects, arrays, byte arrays, primitives): that is all the stores hold.
 */
export function cloneStored<T>(value: T): T {
  if (value instanceof Uint8Array) return value.slice() as T;
  if (Array.isArray(value)) return value.map(cloneStored) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, cloneStored(field)])) as T;
  }
  return value;
}
