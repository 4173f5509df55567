/**
 * Where focus goes: into a report when it opens, back to its row when it closes, and back to the
 * trigger when the elevated-access dialog is closed with Escape or "Avbryt". Never to <body>.
 */

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MODES, openPatient, signIn } from './helpers';

/** The focused element's tag, role and name, or "body". */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `${element.tagName.toLowerCase()}: ${name}`;
  });

for (const mode of MODES) {
  test.describe(mode === 'keyboard' ? 'keyboard only' : 'with the mouse', () => {
    test('focus moves into a report and back to its row', async ({ page }, testInfo) => {
      await signIn(page, mode, testInfo);
      await openPatient(page, mode, /Fell, Lav/);
      await expect(page.getByText('Viser 7 av 7 svarrapporter')).toBeVisible();
      // The second row, so that "back to the first row" could not pass by chance.
      const open = page.getByRole('button', { name: /^Åpne svarrapport/ }).nth(1);
      const name = (await open.getAttribute('aria-label')) ?? '';
      if (mode === 'mouse') await open.click();
      else {
        await open.focus();
        await page.keyboard.press('Enter');
      }
      const report = page.getByRole('article', { name: /^Svarrapport/ });
      await expect(report).toBeVisible();
      await expect
        .poll(() => report.evaluate((article) => article.contains(document.activeElement)))
        .toBe(true);
      // The next Tab goes on inside the report: its close button first.
      await page.keyboard.press('Tab');
      await expect(report.getByRole('button', { name: 'Lukk' })).toBeFocused();

      await page.keyboard.press('Enter');
      await expect(report).toHaveCount(0);
      await expect(page.getByRole('button', { name, exact: true })).toBeFocused();
      expect(await focused(page)).not.toBe('body');
    });

    test('focus returns to the trigger when the elevated-access dialog is closed', async ({
      page,
    }, testInfo) => {
      await signIn(page, mode, testInfo);
      await openPatient(page, mode, /Fjell, Rolig/);
      const trigger = page.getByRole('button', { name: 'Gi forhøyet tilgang …' });
      const dialog = page.getByRole('dialog', { name: 'Forhøyet tilgang til prøvesvar' });

      for (const how of ['Escape', 'Avbryt'] as const) {
        if (mode === 'mouse') await trigger.click();
        else {
          await trigger.focus();
          await page.keyboard.press('Enter');
        }
        await expect(dialog).toBeVisible();
        await expect
          .poll(() => dialog.evaluate((element) => element.contains(document.activeElement)))
          .toBe(true);
        if (how === 'Escape') await page.keyboard.press('Escape');
        else if (mode === 'mouse') await dialog.getByRole('button', { name: 'Avbryt' }).click();
        else {
          await dialog.getByRole('button', { name: 'Avbryt' }).focus();
          await page.keyboard.press('Enter');
        }
        await expect(dialog).toHaveCount(0);
        await expect(trigger, `focus after ${how}`).toBeFocused();
      }
    });
  });
}

test.describe('keyboard path in an English (US) browser', () => {
  test.use({ locale: 'en-US' });

  test('from the tabs to the first report: few Tab stops, or one with the skip button', async ({
    page,
  }, testInfo) => {
    await signIn(page, 'keyboard', testInfo);
    await openPatient(page, 'keyboard', /Fell, Lav/);
    await expect(page.getByText('Viser 7 av 7 svarrapporter')).toBeVisible();
    const firstReport = page.getByRole('button', { name: /^Åpne svarrapport/ }).first();
    const count = async () => {
      await page.locator('[role="tab"][aria-selected="true"]').focus();
      for (let stops = 1; stops <= 30; stops += 1) {
        await page.keyboard.press('Tab');
        if (await firstReport.evaluate((element) => element === document.activeElement)) return stops;
      }
      return Number.POSITIVE_INFINITY;
    };
    // Skip, grouping, fagområde, from, to, "only findings", clear: then the first report (13 before).
    expect(await count()).toBeLessThanOrEqual(8);
    // With the skip button: one Tab, Enter, and the first report has focus.
    await page.locator('[role="tab"][aria-selected="true"]').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Hopp over filtrene' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(firstReport).toBeFocused();

    // The date fields read dd.mm.åååå here too (a native date input shows mm/dd/yyyy), one stop each.
    const from = page.getByRole('textbox', { name: /^Prøvetatt fra \(dd\.mm\.åååå\)/ });
    await from.fill('01.11.2026');
    await expect(page.getByText(/^Viser \d av 7 svarrapporter$/)).toBeVisible();
    await from.press('Tab');
    await expect(page.getByRole('textbox', { name: /^Prøvetatt til/ })).toBeFocused();
  });
});
