/**
 * The one workspace every laptop holds. Each laptop's workspace starts from the same canonical
 * seed update (seed-update.ts) and grows only by merges, so all copies are one shared workspace:
 * sync files carry this id, and a file made for any other id is refused.
 *
 * (Local storage keys its records by DEFAULT_WORKSPACE_ID in workspace-session.ts; that is a
 * storage key on this laptop, never sent anywhere, and kept so existing data stays where it is.)
 */
export const WORKSPACE_ID = 'us-israel-stc-2026';
