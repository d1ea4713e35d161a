/** The owner matrix and the owner directory (placeholder). */
export function OwnersScreen() {
  return <p className="empty">The owner matrix is being built.</p>;
}
