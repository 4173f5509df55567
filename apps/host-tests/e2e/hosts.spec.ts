/**
 * Each host, built from the tarballs outside the repository, shows the patient's results in
 * Chromium with no console error, page error or CSP violation.
 */
import { expect, type Page, test, type Worker } from '@playwright/test';
import { PORTS } from './setup';

/**
 * The report-page workers the page started, by the name pps-kit gives them: the file shipped in
 * @pps-kit/react, bundled by the host (Turbopack starts it through a loader of its own).
 */
function workers(page: Page) {
  const started: Worker[] = [];
  page.on('worker', (worker) => started.push(worker));
  return async () => {
    const names = await Promise.all(started.map((worker) => worker.evaluate(() => self.name)));
    return names.filter((name) => name === 'pps-kit report pages');
  };
}

function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

test('a Vite + React host', async ({ page }) => {
  const problems = watch(page);
  const started = workers(page);
  await page.goto(`http://127.0.0.1:${PORTS.vite}/`);
  await expect(page.getByText('Viser 7 av 7 svarrapporter')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Kumulativ visning' })).toBeVisible();
  // Vite bundled the worker file from the package: with readPagesInWorker, the pages were read in it.
  expect(await started()).toHaveLength(1);
  expect(problems).toEqual([]);
});

test('a Next.js host: a server component imports the views; server-rendered, hydrated without errors', async ({
  page,
  request,
}) => {
  const html = await (await request.get(`http://127.0.0.1:${PORTS.next}/`)).text();
  expect(html).toContain('class="pps-root pps-overview"');
  const problems = watch(page);
  const started = workers(page);
  await page.goto(`http://127.0.0.1:${PORTS.next}/`);
  await expect(page.getByText(/^Viser \d+ av \d+ svarrapporter$/)).toBeVisible();
  // Next.js bundled the worker file from the package: with readPagesInWorker, the pages were read in it.
  expect(await started()).toHaveLength(1);
  await expect(page.getByRole('img', { name: /^Utvikling: P-Kreatinin/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test("a plain HTML page with @pps-kit/elements under default-src 'self'", async ({ page }) => {
  const problems = watch(page);
  const response = await page.goto(`http://127.0.0.1:${PORTS.html}/`);
  expect(response?.headers()['content-security-policy']).toBe("default-src 'self'");
  await expect(page.locator('pps-lab-results')).toContainText('Viser 7 av 7 svarrapporter');
  await expect(
    page.locator('pps-trend-chart').getByRole('img', { name: /^Utvikling: P-Kreatinin/ }),
  ).toBeVisible();
  // The shipped (minified) stylesheet reached the views: its tokens, its font size, its headings.
  const view = page.locator('pps-lab-results .pps-root').first();
  expect(await view.evaluate((el) => getComputedStyle(el).getPropertyValue('--_border').trim())).toBe(
    '#c6cbd1',
  );
  expect(await view.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
  expect(
    await view
      .locator('h2')
      .first()
      .evaluate((el) => getComputedStyle(el).fontWeight),
  ).toBe('600');
  expect(problems).toEqual([]);
});
