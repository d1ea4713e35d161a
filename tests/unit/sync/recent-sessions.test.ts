import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createJoinCode, formatJoinCode } from '../../../shared/sync/join-code';
import {
  encodeRecentSessions, maskJoinCode, MAX_RECENT_SESSIONS, parseRecentSessions, recentSessionsKey, rememberSession, type RecentSession,
} from '../../../shared/sync/recent-sessions';
import type { SessionSettings } from '../../../shared/sync/session-settings';
import { MemoryLocalStore } from '../../../shared/local-store/memory-local-store';

const code = (seed: number) => createJoinCode(Uint8Array.from({ length: 24 }, (_, i) => (seed * 7 + i * 13) & 255));
const session = (n: number, hosting = false): SessionSettings => ({
  url: `ws://192.168.1.${(n % 250) + 1}:4444`,
  code: code(n),
  hosting: hosting ? { address: `192.168.1.${(n % 250) + 1}`, port: 4444 } : null,
});
const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 9, minute));

describe('recent sessions: the stored shape and its bounds', () => {
  it('puts the session started last first, replacing an older entry for the same address and room', () => {
    let list: RecentSession[] = [];
    list = rememberSession(list, session(1), at(0));
    list = rememberSession(list, session(2, true), at(1));
    list = rememberSession(list, session(1), at(2));
    expect(list.map((entry) => [entry.url, entry.at])).toEqual([
      ['ws://192.168.1.2:4444', at(2).toISOString()],
      ['ws://192.168.1.3:4444', at(1).toISOString()],
    ]);
    expect(list[1]?.hosting).toEqual({ address: '192.168.1.3', port: 4444 });
  });

  it('keeps at most MAX_RECENT_SESSIONS, dropping the oldest', () => {
    let list: RecentSession[] = [];
    for (let n = 0; n < 20; n++) list = rememberSession(list, session(n), at(n));
    expect(list).toHaveLength(MAX_RECENT_SESSIONS);
    expect(list[0]?.url).toBe(session(19).url);
    expect(list.at(-1)?.url).toBe(session(20 - MAX_RECENT_SESSIONS).url);
  });

  it('reads back what it stores, through JSON, byte for byte in meaning', () => {
    let list: RecentSession[] = [];
    for (let n = 0; n < 5; n++) list = rememberSession(list, session(n, n % 2 === 0), at(n));
    const stored = JSON.parse(JSON.stringify(encodeRecentSessions(list))) as unknown;
    expect(parseRecentSessions(stored)).toEqual(list);
    expect((stored as { code: string }[])[0]?.code).toBe(formatJoinCode(code(4)));
  });

  it('keeps only valid entries from a damaged value, newest first, one per session, bounded', () => {
    const good = encodeRecentSessions([{ ...session(1), at: at(5).toISOString() }])[0]!;
    const stored = [
      null, 7, 'x', { ...good, url: 'http://evil.example' }, { ...good, code: 'short' }, { ...good, at: 'yesterday' },
      { ...good, hosting: { address: '192.168.1.2', port: 70000 } }, { ...good, hosting: 'yes' },
      { ...good, at: at(1).toISOString() }, good,
    ];
    expect(parseRecentSessions(stored)).toEqual([{ ...session(1), at: at(5).toISOString() }]);
    expect(parseRecentSessions({ not: 'a list' })).toEqual([]);
    expect(parseRecentSessions(undefined)).toEqual([]);
  });

  it('never yields more than the bound or two entries for one session, whatever is stored', () => {
    const entry = fc.record({
      url: fc.constantFrom('ws://10.0.0.1:4444', 'ws://10.0.0.2:4444', '10.0.0.3:1', 'nope', ''),
      code: fc.constantFrom(formatJoinCode(code(1)), formatJoinCode(code(2)), 'bad'),
      hosting: fc.oneof(fc.constant(null), fc.record({ address: fc.constant('10.0.0.1'), port: fc.integer({ min: -1, max: 70000 }) })),
      at: fc.oneof(fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()), fc.string()),
    });
    fc.assert(fc.property(fc.array(fc.oneof(entry, fc.anything()), { maxLength: 40 }), (stored) => {
      const list = parseRecentSessions(stored);
      expect(list.length).toBeLessThanOrEqual(MAX_RECENT_SESSIONS);
      const keys = list.map((item) => `${item.url} ${item.code.room}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.at >= list[i]!.at).toBe(true);
      expect(parseRecentSessions(encodeRecentSessions(list))).toEqual(list);
    }), { numRuns: 300 });
  });

  it('masks the passphrase and keeps the room readable', () => {
    const c = code(3);
    const masked = maskJoinCode(c);
    expect(masked.startsWith(`${c.room}-`)).toBe(true);
    expect(masked).not.toContain(c.passphrase.slice(0, 4));
    expect(masked).toMatch(/^[0-9A-Z]{8}-••••-••••-••••-••••$/);
  });

  it('is kept per workspace in local settings, through the SettingsStore', async () => {
    const local = new MemoryLocalStore();
    const list = rememberSession([], session(1), at(0));
    await local.settings.put(recentSessionsKey('ws-a'), encodeRecentSessions(list));
    expect(parseRecentSessions(await local.settings.get(recentSessionsKey('ws-a')))).toEqual(list);
    expect(parseRecentSessions(await local.settings.get(recentSessionsKey('ws-b')))).toEqual([]);
  });
});
