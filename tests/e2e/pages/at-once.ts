import type { BrowserContext, Page, Route } from '@playwright/test';

/**
 * Makes one edit in each of several windows of one browser context so that no window can take in
 * another's change before making its own: concurrent by construction, not by timing.
 *
 * Why timing is not enough: holding a window's main thread after its edit only stops that window
 * from receiving; its own change is posted at once and can reach a window whose edit has not run
 * yet. Measured on a loaded 2-core box, the second window's edit started up to 70 ms after the
 * first's in 3 runs of 20, saw the first's value already, and so (rightly) filed no conflict.
 *
 * How: every window runs, in ONE task of its main thread, a barrier and then its edit. The barrier
 * is a synchronous request that the test answers only once every window has sent it. A change
 * reaches another window only as a later task there (BroadcastChannel delivers as a task), and
 * every change is made after every window is already held in its own edit's task; so each edit is
 * made on a state that lacks every other window's edit.
 *
 * Precondition: the windows run on different main threads (Chromium gives each page of a context
 * its own renderer process; measured: a trivial evaluate in one page returns while another is
 * busy). Were two to share one, the first would block it at the barrier and the test would time out
 * rather than pass on a sequential edit.
 *
 * `edit` runs in the page, so it must be self-contained (like any page.evaluate function).
 */
export interface WindowEdit<Arg> {
  readonly page: Page;
  readonly arg: Arg;
}

let barriers = 0;

export async function editAtOnce<Arg>(context: BrowserContext, edit: (arg: Arg) => void, windows: readonly WindowEdit<Arg>[]): Promise<void> {
  const url = `/__e2e-at-once/${++barriers}`;
  const held: Route[] = [];
  const pattern = `**${url}`;
  // Answered only by the test, never by the app's host: the request never leaves the browser.
  await context.route(pattern, async (route) => {
    held.push(route);
    if (held.length === windows.length) await Promise.all(held.map((waiting) => waiting.fulfill({ status: 204 })));
  });
  // Page code, not test code: a string expression, since the page's policy forbids building
  // functions from text there (no eval) while an evaluated expression is the test's own.
  const inPage = (arg: Arg) => `(() => {
    const barrier = new XMLHttpRequest();
    barrier.open('GET', ${JSON.stringify(url)}, false);
    barrier.send();
    if (barrier.status !== 204) throw new Error('The at-once barrier answered ' + barrier.status + ', not 204.');
    (${edit.toString()})(${JSON.stringify(arg)});
  })()`;
  try {
    await Promise.all(windows.map((window) => window.page.evaluate(inPage(window.arg))));
  } finally {
    await context.unroute(pattern);
  }
}
