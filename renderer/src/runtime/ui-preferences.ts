/**
 * Small per-laptop choices of the interface (the tour seen, a view's display mode), kept in the
 * browser profile's localStorage: not workspace data, never synced, never in a backup. A profile
 * that refuses storage (private mode, a full disk) simply forgets them.
 */
export interface UiPreferences {
  read(key: string): string | null;
  write(key: string, value: string): void;
}

const PREFIX = 'tandem:ui:';

export const uiPreferences: UiPreferences = {
  read(key) {
    try {
      return localStorage.getItem(PREFIX + key);
    } catch {
      return null;
    }
  },
  write(key, value) {
    try {
      localStorage.setItem(PREFIX + key, value);
    } catch {
      // Forgotten: the choice holds for this page only.
    }
  },
};
