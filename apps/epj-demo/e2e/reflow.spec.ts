/**
 * Reflow (WCAG 1.4.10) and the flowsheet's own scroll area: on a desktop, a phone, 320 CSS px and
 * 200 % zoom, no screen of the demo is wider than the viewport. Only the flowsheet grid scrolls in
 * two directions, inside itself, with its analysis column and date header frozen.
 *
 * Zoom is the CSS viewport it gives: a 1440×900 window at 200 % lays out as 720×450 CSS px, which
 * is how browsers zoom (the device pixels do not change the layout).
 */

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { checkScreen, openTab, signIn } from './helpers';

const VIEWPORTS = [
  { name: 'desktop 1440×900', width: 1440, height: 900 },
  { name: 'phone 390×844', width: 390, height: 844 },
  { name: '320 px', width: 320, height: 640 },
  { name: '1440×900 at 200 % zoom', width: 720, height: 450 },
] as const;

/**
 * Everything on the page that reaches past the viewport's sides, and the document's own width.
 * Inside the flowsheet grid is allowed: it is a scroll area of its own (the grid itself must fit).
 */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width)
      found.push(`document is ${document.documentElement.scrollWidth} px wide in ${width} px`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const grid = element.closest('.pps-grid');
      if (grid && grid !== element) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1 || box.left < -1) {
        const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).trim().split(/\s+/).join('.')}` : ''}`;
        found.push(`${name} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
      }
    }
    return found.slice(0, 12);
  });
}

async function fits(page: Page, screen: string): Promise<void> {
  expect(await overflow(page), `${screen}: nothing wider than the viewport`).toEqual([]);
}

/** On a narrow screen the patient list is collapsed behind a button; wide, it is always shown. */
async function choosePatient(page: Page, name: RegExp): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Pasientliste/ });
  if (await toggle.isVisible()) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  const narrow = await toggle.isVisible();
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // Narrow, the list folds away once a patient is open.
  if (narrow) await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  else await expect(page.getByRole('button', { name })).toHaveAttribute('aria-current', 'true');
}

for (const viewport of VIEWPORTS) {
  test.describe(viewport.name, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('every screen reflows to the viewport', async ({ page }, testInfo) => {
      await signIn(page, 'mouse', testInfo);
      await fits(page, 'signed in, no patient');

      await choosePatient(page, /Miljøgift, Relevant/);
      await expect(page.getByText(/^Viser \d+ av \d+ svarrapport(er)?$/)).toBeVisible();
      await fits(page, 'overview');
      await checkScreen(page, testInfo, `overview-${viewport.width}`);

      await page
        .getByRole('button', { name: /^Åpne svarrapport/ })
        .first()
        .click();
      await expect(page.getByRole('article', { name: /^Svarrapport/ })).toBeVisible();
      await fits(page, 'report');
      await checkScreen(page, testInfo, `report-${viewport.width}`);

      await openTab(page, 'mouse', 'Trend');
      await expect(page.getByRole('img', { name: /^Utvikling: / })).toBeVisible();
      await fits(page, 'trend');

      await openTab(page, 'mouse', 'Rekvisisjoner');
      await expect(page.getByRole('listitem', { name: 'Årskontroll diabetes' })).toBeVisible();
      await fits(page, 'requisitions');

      await openTab(page, 'mouse', 'Last inn svarrapport');
      await expect(page.getByLabel('Svarrapport-filer')).toBeVisible();
      await fits(page, 'Svarrapport loader');

      await choosePatient(page, /Sol, Lun/);
      await openTab(page, 'mouse', 'Tilgang');
      await expect(page.getByText('Kan ikke oppheves, heller ikke i en akuttsituasjon')).toBeVisible();
      await fits(page, 'privacy restrictions');

      await choosePatient(page, /Fjell, Rolig/);
      await openTab(page, 'mouse', 'Prøvesvar');
      await expect(page.getByText(/Prøvesvarene er sperret$/)).toBeVisible();
      await fits(page, 'blocked');
      await page.getByRole('button', { name: 'Gi forhøyet tilgang …' }).click();
      await expect(page.getByRole('dialog', { name: 'Forhøyet tilgang til prøvesvar' })).toBeVisible();
      await fits(page, 'elevated-access dialog');
      await checkScreen(page, testInfo, `dialog-${viewport.width}`);
    });

    test('the flowsheet scrolls inside itself, its analysis column and dates frozen', async ({
      page,
    }, testInfo) => {
      await signIn(page, 'mouse', testInfo);
      await choosePatient(page, /Miljøgift, Relevant/);
      await openTab(page, 'mouse', 'Kumulativt');
      const grid = page.getByRole('grid', { name: 'Kumulativ visning' });
      await expect(grid).toBeVisible();
      await fits(page, 'flowsheet');
      const scroller = page.locator('.pps-grid');
      const sizes = await scroller.evaluate((element) => ({
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
        scrollHeight: element.scrollHeight,
        clientHeight: element.clientHeight,
      }));
      // Ten years do not fit: the grid scrolls both ways, the page does not.
      expect(sizes.scrollWidth).toBeGreaterThan(sizes.clientWidth);
      expect(sizes.scrollHeight).toBeGreaterThan(sizes.clientHeight);

      await scroller.evaluate((element) => element.scrollBy({ left: 1200, top: 200 }));
      await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      // What is at the grid's left edge and at its top, after scrolling: the analysis names and the
      // sample times, frozen there, not scrolled away and not covered by the values.
      const frozen = await scroller.evaluate((element) => {
        element.scrollIntoView({ block: 'start' });
        const box = element.getBoundingClientRect();
        // The part of the grid inside the viewport (a zoomed screen is lower than the grid).
        const frame = {
          left: box.left,
          right: box.right,
          top: box.top,
          height: Math.min(box.bottom, innerHeight) - box.top,
        };
        const at = (x: number, y: number, selector: string) =>
          document.elementFromPoint(x, y)?.closest(selector)?.textContent?.trim() ?? '';
        const header = element.querySelector('[role="columnheader"]')?.getBoundingClientRect();
        const headerY = header ? header.top + header.height / 2 : frame.top + 10;
        return {
          analyses: [0.3, 0.5, 0.7].map((f) =>
            at(frame.left + 12, frame.top + frame.height * f, '.pps-grid__analysis, .pps-grid__group-label'),
          ),
          date: at(frame.right - 40, headerY, '[role="columnheader"]'),
          headerAtTop: header ? Math.abs(header.top - frame.top) <= 2 : false,
        };
      });
      expect(frozen.analyses.filter((text) => /\p{L}/u.test(text)).length).toBeGreaterThan(0);
      expect(frozen.date).toMatch(/\d/);
      expect(frozen.headerAtTop).toBe(true);
      await fits(page, 'flowsheet scrolled');
      await checkScreen(page, testInfo, `flowsheet-${viewport.width}`);
    });
  });
}
