import { describe, expect, it } from 'vitest';
import type { Identity } from '../../../../shared/identity/identity';
import { crc32 } from '../../../../shared/persistence/crc32';
import { StorageError } from '../../../../shared/persistence/update-store';
import { type ContractContext, DANA, SAM, WS, expectStorageFailure, rejection, session } from './harness';

/** Identity, settings (the LAN session and other key/values), and closing. */
export function identitySettingsCases(ctx: ContractContext): void {
  describe('identity', () => {
    it('is none until saved, then loads as saved, across a restart', async () => {
      expect(await ctx.store.identity.load()).toBeNull();
      await ctx.store.identity.save(DANA);
      expect(await ctx.store.identity.load()).toEqual(DANA);
      await ctx.store.identity.save(SAM);
      expect(await (await ctx.harness.reopen()).identity.load()).toEqual(SAM);
    });

    it('refuses an invalid identity, naming what is wrong, and keeps the stored one', async () => {
      await ctx.store.identity.save(DANA);
      const refused = await rejection(ctx.store.identity.save({ name: '  ', delegation: 'mars', role: 'observer' } as unknown as Identity));
      expect((refused as Error).message).toMatch(/name: Enter your name\. delegation: Choose U\.S\. or Israel\./);
      expect(await ctx.store.identity.load()).toEqual(DANA);
    });

    it('a damaged stored identity loads as none', async () => {
      await ctx.harness.putRawSetting('identity', { name: 'Dana', delegation: 'nowhere', role: 'delegate' });
      expect(await ctx.store.identity.load()).toBeNull();
    });

    it('a failing write is reported and the stored identity stays', async () => {
      await ctx.store.identity.save(DANA);
      ctx.harness.failNextWrite('settings', 'put');
      await expectStorageFailure(ctx.store.identity.save(SAM));
      expect(await ctx.store.identity.load()).toEqual(DANA);
    });
  });

  describe('settings', () => {
    it('saves, loads and clears the LAN session', async () => {
      expect(await ctx.store.settings.loadSession()).toBeNull();
      const hosted = session({ address: '192.168.1.20', port: 4444 });
      await ctx.store.settings.saveSession(hosted);
      expect(await (await ctx.harness.reopen()).settings.loadSession()).toEqual(hosted);
      await ctx.harness.store.settings.clearSession();
      expect(await ctx.harness.store.settings.loadSession()).toBeNull();
    });

    it('a stored session that is not valid loads as none; an invalid one is refused', async () => {
      await ctx.harness.putRawSetting('lanSession', { url: 'http://example.com', code: 'nonsense', hosting: null });
      expect(await ctx.store.settings.loadSession()).toBeNull();
      const refused = await rejection(ctx.store.settings.saveSession({ ...session(), url: 'not an address' }));
      expect((refused as Error).message).toMatch(/LAN session was not saved/);
    });

    it('keeps other key/values, and refuses the keys of the typed accessors', async () => {
      expect(await ctx.store.settings.get('theme')).toBeUndefined();
      await ctx.store.settings.put('theme', { mode: 'dark', sizes: [1, 2] });
      expect(await ctx.store.settings.get('theme')).toEqual({ mode: 'dark', sizes: [1, 2] });
      await ctx.store.settings.delete('theme');
      expect(await ctx.store.settings.get('theme')).toBeUndefined();
      await ctx.store.identity.save(DANA);
      expect((await rejection(ctx.store.settings.put('identity', { name: 'Mallory' }))) as Error).toBeInstanceOf(TypeError);
      expect((await rejection(ctx.store.settings.delete('lanSession'))) as Error).toBeInstanceOf(TypeError);
      expect(await ctx.store.identity.load()).toEqual(DANA);
    });

    it('failing writes are reported and what was stored stays', async () => {
      const kept = session();
      await ctx.store.settings.saveSession(kept);
      ctx.harness.failNextWrite('settings', 'delete');
      await expectStorageFailure(ctx.store.settings.clearSession());
      ctx.harness.failNextWrite('settings', 'put');
      await expectStorageFailure(ctx.store.settings.saveSession(session({ address: '10.0.0.1', port: 5000 })));
      expect(await ctx.store.settings.loadSession()).toEqual(kept);
    });
  });

  describe('closing', () => {
    it('after close every call rejects with a StorageError', async () => {
      await ctx.store.identity.save(DANA);
      ctx.store.close();
      const failures = [
        ctx.store.identity.load(), ctx.store.settings.get('x'), ctx.store.peers.list(), ctx.store.reviewMarks(WS).latest(),
        ctx.store.audit(WS).since(0), ctx.store.snapshots(WS).list(), ctx.store.updates(WS).readAll(),
        ctx.store.updates(WS).append(new Uint8Array([0]), crc32(new Uint8Array([0]))),
      ];
      for (const failure of failures) expect(await rejection(failure)).toBeInstanceOf(StorageError);
    });
  });
}
