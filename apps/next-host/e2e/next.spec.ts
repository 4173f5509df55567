/**
 * pps-kit imported from a Next.js server component: the page is server-rendered with the views'
 * own markup (their loading state: the data is the patient's, fetched in the browser), hydrates
 * without a single error, and then shows the patient's results.
 */
import { expect, test } from '@playwright/test';

test('server-rendered: the views are in the HTML before any script runs', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('class="pps-root pps-overview"');
  expect(html).toContain('Henter prøvesvar');
  expect(html).not.toMatch(/Viser \d+ av/);
});

test('hydrated without errors, then filled with the patient’s data', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto('/');
  await expect(page.getByText(/^Viser \d+ av \d+ svarrapporter$/)).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Kumulativ visning' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Utvikling: P-Kreatinin/ })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Årskontroll diabetes' })).toBeVisible();
  // Interactive: hydration wired the handlers.
  await page.getByRole('radio', { name: 'Fagområde' }).check();
  await expect(page.getByRole('heading', { level: 3, name: 'Medisinsk biokjemi' })).toBeVisible();
  expect(problems).toEqual([]);
});
