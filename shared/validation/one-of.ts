/**
 * Membership in a const list as a type guard: `isOneOf(TIERS, value)` narrows an unknown to Tier.
 * `Array.prototype.includes` on a const list only takes members (so untrusted input needed a cast
 * to ask); comparing each member with `===` asks the same question of any value.
 */
export function isOneOf<const T extends readonly unknown[]>(values: T, value: unknown): value is T[number] {
  return values.some((member) => member === value);
}
