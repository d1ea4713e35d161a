import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { describeLinks, describeStatus, type SyncPhase } from '../../../shared/sync/sync-status';
import type { RelayPhase } from '../../../shared/sync/relay-status';
import { MESSAGES } from '../../../renderer/src/ui/i18n/messages';

const PHASES: readonly SyncPhase[] = ['offline', 'connecting', 'reconnecting', 'waiting', 'syncing', 'synced'];
const english = createIntl({ locale: 'en-US', messages: MESSAGES.en });
const hebrew = createIntl({ locale: 'he-IL', messages: MESSAGES.he });
const status = (intl: typeof english, phase: SyncPhase, peers: number, hosting: boolean) =>
  intl.formatMessage({ id: 'sync.status' }, { phase, peers, hosting: hosting ? 'yes' : 'no' });

describe('the session status in the top bar', () => {
  it('reads in English exactly as the session view and the record say it', () => {
    for (const phase of PHASES) {
      for (const peers of [0, 1, 2, 12]) {
        for (const hosting of [false, true]) {
          expect(status(english, phase, peers, hosting)).toBe(describeStatus({ phase, peers, hosting, url: null, room: null }));
        }
      }
    }
  });

  it('reads in Hebrew with Hebrew plurals (one, two, many)', () => {
    expect(status(hebrew, 'synced', 1, false)).toBe('מסונכרן עם מחשב אחד');
    expect(status(hebrew, 'synced', 2, false)).toBe('מסונכרן עם שני מחשבים');
    expect(status(hebrew, 'syncing', 5, true)).toBe('מארח · מסנכרן עם 5 מחשבים…');
    expect(status(hebrew, 'offline', 0, false)).toBe('לא מחובר');
  });

  it('says which links are live: the relay alone, or after the LAN, in English as describeLinks says it', () => {
    const relayPhases: readonly RelayPhase[] = ['connecting', 'syncing', 'synced', 'disconnected', 'refused', 'paused'];
    for (const relay of relayPhases) {
      expect(english.formatMessage({ id: 'relay.status.only' }, { relay })).toBe(describeLinks({ phase: 'offline', peers: 0, hosting: false, url: null, room: null }, relay));
      for (const phase of PHASES) {
        for (const hosting of [false, true]) {
          if (phase === 'offline' && !hosting) continue;
          const lan = { phase, peers: 2, hosting };
          expect(english.formatMessage({ id: 'relay.status.both' }, { ...lan, hosting: hosting ? 'yes' : 'no', relay })).toBe(describeLinks({ ...lan, url: null, room: null }, relay));
        }
      }
    }
    expect(describeLinks({ phase: 'synced', peers: 1, hosting: false, url: null, room: null }, 'synced')).toBe('Synced with 1 peer · relay synced');
    expect(hebrew.formatMessage({ id: 'relay.status.only' }, { relay: 'synced' })).toBe('מסונכרן עם הממסר');
    expect(hebrew.formatMessage({ id: 'relay.status.both' }, { phase: 'synced', peers: 2, hosting: 'no', relay: 'synced' })).toBe('מסונכרן עם שני מחשבים · ממסר: מסונכרן');
  });

  it('names the delegation and the role in the interface language', () => {
    expect(english.formatMessage({ id: 'identity.line' }, { delegation: 'israel', role: 'note-taker' })).toBe('Israel · Note-taker');
    expect(english.formatMessage({ id: 'identity.line' }, { delegation: 'us', role: 'observer' })).toBe('U.S. · Observer');
    expect(hebrew.formatMessage({ id: 'identity.line' }, { delegation: 'us', role: 'delegate' })).toBe('ארה״ב · חבר משלחת');
  });
});
