/** The open action's full editor (placeholder: renders nothing until built). */
export function ActionDetailPanel() {
  return null;
}
