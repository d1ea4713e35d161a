import { expect, test } from '@playwright/test';
import { Laptop } from './pages/laptop';
import type { PersonInput } from './pages/tandem-page';
const BASE = Number(process.env.TANDEM_E2E_PORT ?? 4791) + 60;
const AVI: PersonInput = { name: 'Avi Cohen', delegation: 'Israel', role: 'Note-taker' };
const JANE: PersonInput = { name: 'Jane Miller', delegation: 'U.S.', role: 'Delegate' };
test.describe.configure({ timeout: 600_000 });
test('rejoin loop', async () => {
  const [a, b] = await Promise.all([Laptop.start('a', { port: BASE }), Laptop.start('b', { port: BASE + 1 })]);
  const logs: string[] = [];
  for (const [n, l] of [['A', a], ['B', b]] as const) {
    l.page.on('console', (m) => logs.push(`${n} ${m.type()} ${m.text()}`));
    l.page.on('pageerror', (e) => logs.push(`${n} PAGEERROR ${e.message}`));
  }
  await Promise.all([a.openAs(AVI), b.openAs(JANE)]);
  const { address, code } = await a.host('127.0.0.1', BASE + 2);
  await b.join(address, code);
  await expect(b.status).toHaveText('Synced with 1 peer', { timeout: 15_000 });
  await a.tandem.openView('Plan');
  await a.tandem.addAction('Joint quantum testbed');
  const N = Number(process.env.PROBE_N ?? 40);
  for (let i = 0; i < N; i++) {
    await b.leave();
    if (i % 2 === 0) {
      await a.tandem.openView('Plan');
      await b.tandem.openView('Plan');
      await a.tandem.status(1).selectOption(i % 4 === 0 ? 'Agreed' : 'Blocked');
      await b.tandem.status(1).selectOption(i % 4 === 0 ? 'Blocked' : 'Agreed');
      await a.tandem.expectSaved();
      await b.tandem.expectSaved();
    }
    await b.join(address, code);
    try {
      await expect(b.status).toHaveText('Synced with 1 peer', { timeout: 12_000 });
      await expect(a.status).toHaveText('Hosting · Synced with 1 peer', { timeout: 12_000 });
    } catch (error) {
      const dump = async (l: Laptop) => JSON.stringify(await l.page.evaluate(() => (globalThis as any).__lanDebug?.()), null, 1);
      console.log('STALL at', i, 'A:', await a.status.innerText(), 'B:', await b.status.innerText());
      console.log('A alerts', await a.page.locator('[role="alert"]').allInnerTexts());
      console.log('B alerts', await b.page.locator('[role="alert"]').allInnerTexts());
      console.log('A DEBUG', await dump(a));
      console.log('B DEBUG', await dump(b));
      console.log(logs.slice(-40).join('\n'));
      await Promise.all([a.close(), b.close()]);
      throw error;
    }
    console.log('ok', i);
  }
  await Promise.all([a.close(), b.close()]);
});
