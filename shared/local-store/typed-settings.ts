import { parseIdentity, type Identity } from '../identity/identity';
import { encodeSessionSettings, parseSessionSettings, type SessionSettings } from '../sync/session-settings';
import type { IdentityStore, SettingsStore } from './local-store';

/**
 * Identity and settings are typed views over one key/value table (`settings`): each
 * implementation provides the raw table, and these decide keys, encoding and validation, so a
 * value written by one implementation reads the same in the other (and as the app always stored it).
 */
export interface KeyValueTable {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

export const IDENTITY_KEY = 'identity';
export const LAN_SESSION_KEY = 'lanSession';
const RESERVED_KEYS: ReadonlySet<string> = new Set([IDENTITY_KEY, LAN_SESSION_KEY]);

export function identityStoreOver(table: KeyValueTable): IdentityStore {
  return {
    async load(): Promise<Identity | null> {
      const parsed = parseIdentity(await table.get(IDENTITY_KEY));
      return parsed.ok ? parsed.identity : null;
    },
    async save(identity: Identity): Promise<void> {
      const parsed = parseIdentity(identity);
      if (!parsed.ok) {
        const fields = Object.entries(parsed.errors).map(([field, message]) => `${field}: ${message}`);
        throw new TypeError(`The identity was not saved: ${fields.join(' ')}`);
      }
      await table.put(IDENTITY_KEY, { ...parsed.identity });
    },
  };
}

export function settingsStoreOver(table: KeyValueTable): SettingsStore {
  const own = (key: string): string => {
    if (typeof key !== 'string' || key.length === 0) throw new TypeError('A setting needs a non-empty key.');
    if (RESERVED_KEYS.has(key)) throw new TypeError(`The setting "${key}" is kept through its own accessor, not as a raw value.`);
    return key;
  };
  return {
    async loadSession() {
      return parseSessionSettings(await table.get(LAN_SESSION_KEY));
    },
    async saveSession(settings: SessionSettings) {
      const stored = encodeSessionSettings(settings);
      if (!parseSessionSettings(stored)) throw new TypeError('The LAN session was not saved: its address or join code is not valid.');
      await table.put(LAN_SESSION_KEY, stored);
    },
    async clearSession() {
      await table.delete(LAN_SESSION_KEY);
    },
    async get(key) {
      return table.get(own(key));
    },
    async put(key, value) {
      await table.put(own(key), value);
    },
    async delete(key) {
      await table.delete(own(key));
    },
  };
}
