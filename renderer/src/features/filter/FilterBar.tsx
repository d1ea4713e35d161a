/** Search and filter across actions and initiatives (placeholder). */
export function FilterBar() {
  return null;
}
