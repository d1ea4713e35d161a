/** The timeline (placeholder). */
export function TimelineScreen() {
  return <p className="empty">The timeline is being built.</p>;
}
