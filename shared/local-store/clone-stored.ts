/**
 * What a memory store keeps and hands out is a copy, as IndexedDB's structured clone makes one:
 * a caller changing an object after saving it, or one it read, must not change what is stored.
 * Plain data (objects, arrays, byte arrays, primitives) is copied; a platform object that is not
 * plain (a CryptoKey, kept by the laptop's key store) is immutable and kept as it is, since
 * copying its enumerable fields would lose it.
 */
export function cloneStored<T>(value: T): T {
  if (value instanceof Uint8Array) return value.slice() as T;
  if (Array.isArray(value)) return value.map(cloneStored) as T;
  if (typeof value === 'object' && value !== null) {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return value;
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, cloneStored(field)])) as T;
  }
  return value;
}
