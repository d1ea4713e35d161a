/**
 * Which delegation's columns the matrix shows, remembered on this laptop (not in the workspace:
 * it is how one person reads the matrix, not something the delegations agree on). Kept in
 * localStorage because it is read synchronously at the first render, so the matrix never opens on
 * one side and then jumps to another. A stored value the app does not know reads as the default.
 */
import type { SideChoice } from './matrix-model';

const KEY = 'tandem.owners.sides';
const CHOICES: readonly SideChoice[] = ['both', 'us', 'israel'];

export function loadSideChoice(storage: Pick<Storage, 'getItem'> | null = safeStorage()): SideChoice {
  const stored = readSafely(() => storage?.getItem(KEY) ?? null);
  return CHOICES.find((choice) => choice === stored) ?? 'both';
}

export function saveSideChoice(choice: SideChoice, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  // A full or refused storage only loses the preference, never the change of view.
  readSafely(() => storage?.setItem(KEY, choice));
}

function safeStorage(): Storage | null {
  return readSafely(() => (typeof localStorage === 'undefined' ? null : localStorage)) ?? null;
}

function readSafely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
