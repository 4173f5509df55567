/**
 * With "Les svar i en Web Worker" on (the provider's `readPagesInWorker`), the ten-year history's
 * pages are read in a Web Worker under the demo's strict policy (`default-src 'self'`, no
 * violation: the fixture checks), and on the main thread where workers are unavailable, with the
 * same reports on screen either way. Off (the default), no worker starts.
 */
import { expect, test } from './fixtures';
import { openPatient, signIn } from './helpers';

for (const [where, asked, workers] of [
  ['in a Web Worker when asked', true, true],
  ['on the main thread when asked but the browser has no workers', true, false],
  ['on the main thread by default', false, true],
] as const) {
  test(`the pages of a ten-year history are read ${where}`, async ({ page }, testInfo) => {
    const started: string[] = [];
    page.on('worker', (worker) => started.push(worker.url()));
    if (!workers) await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    await signIn(page, 'mouse', testInfo);
    if (asked) await page.getByRole('checkbox', { name: 'Les svar i en Web Worker' }).check();
    await openPatient(page, 'mouse', /Miljøgift, Relevant/);
    // Every page in: "Viser N av N svarrapporter" (the count each test expects is the same).
    const shown = page.getByText(/^Viser (\d+) av \1 svarrapporter$/);
    await expect(shown).toBeVisible({ timeout: 60_000 });
    const readers = started.filter((url) => /page-worker/.test(url));
    expect(readers).toHaveLength(asked && workers ? 1 : 0);
    if (asked && workers) expect(new URL(readers[0] as string).origin).toBe(new URL(page.url()).origin);
  });
}
