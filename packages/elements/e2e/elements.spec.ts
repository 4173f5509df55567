/**
 * The custom elements as a host without React uses them: one script and one stylesheet in a plain
 * HTML page, served under `default-src 'self'`; as a classic script over file://, with every call
 * through a fetch bridge (as a desktop EPJ's web view proxies them through native code); with the
 * patient as an attribute or a property, and the DOM events a host listens to.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { patientWithScenario } from '@pps-kit/mocks';

declare global {
  interface Window {
    ppsEvents: { type: string; detail: Record<string, unknown>; from: string }[];
  }
}

const versions = patientWithScenario('report-versions').personId;
const gp = patientWithScenario('gp-chemistry').personId;
const blocked = patientWithScenario('general-block').personId;

/** Fails the test on any CSP violation, page error or console error the page reports. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

const setPatient = (page: Page, selector: string, personId: string | null) =>
  page.evaluate(
    ([s, id]) => {
      const element = document.querySelector(s as string);
      if (id === null) element?.removeAttribute('person-id');
      else element?.setAttribute('person-id', id as string);
    },
    [selector, personId],
  );

for (const [name, file] of [
  ['ESM', 'esm.html'],
  ['classic script', 'classic.html'],
] as const) {
  test(`${name}: every element shows the patient's data under default-src 'self'`, async ({ page }) => {
    const problems = watch(page);
    const response = await page.goto(`/${file}`);
    expect(response?.headers()['content-security-policy']).toBe("default-src 'self'");
    await page.evaluate(
      ([v, g, b]) => {
        document.querySelector('#results')?.setAttribute('person-id', v as string);
        for (const id of ['#table', '#trend', '#requisitions'])
          document.querySelector(id)?.setAttribute('person-id', g as string);
        document.querySelector('#access')?.setAttribute('person-id', b as string);
      },
      [versions, gp, blocked],
    );
    await expect(page.locator('#results')).toContainText('Viser 7 av 7 svarrapporter');
    await expect(page.locator('#table').getByRole('grid', { name: 'Kumulativ visning' })).toBeVisible();
    await expect(page.locator('#trend').getByRole('img', { name: /^Utvikling: P-Kreatinin/ })).toBeVisible();
    await expect(
      page.locator('#requisitions').getByRole('listitem', { name: 'Årskontroll diabetes' }),
    ).toBeVisible();
    await expect(page.locator('#access')).toContainText('Sperring (satt av pasienten)');
    // pps-kit's stylesheet reached the elements (light DOM): its tokens are on the views.
    const border = await page
      .locator('#results .pps-root')
      .first()
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--_border').trim());
    expect(border).toBe('#c6cbd1');
    // Nynorsk and English are inside the one script: a locale switch needs no other file.
    await page.evaluate(() => document.querySelector('#results')?.setAttribute('locale', 'en'));
    await expect(page.locator('#results')).toContainText('Showing 7 of 7 reports');
    await page.evaluate(() => document.querySelector('#results')?.setAttribute('locale', 'nn'));
    await expect(page.locator('#results')).toContainText('Viser 7 av 7 svarrapportar');
    expect(problems).toEqual([]);
  });
}

test('opening a report: a pps-report-open event, then the report in the element, and back', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('/esm.html');
  await setPatient(page, '#results', versions);
  const results = page.locator('#results');
  await results
    .getByRole('button', { name: /^Åpne svarrapport/ })
    .first()
    .click();
  await expect(results.getByRole('article', { name: /^Svarrapport/ })).toBeVisible();
  const events = await page.evaluate(() => window.ppsEvents);
  expect(events.find((e) => e.type === 'pps-report-open')).toMatchObject({ from: 'pps-lab-results' });
  expect(events.find((e) => e.type === 'pps-audit')?.detail).toMatchObject({
    type: 'report-viewed',
    personId: versions,
  });
  await results
    .getByRole('button', { name: /Tilbake|Lukk/ })
    .first()
    .click();
  await expect(results).toContainText('Viser 7 av 7 svarrapporter');
  expect(problems).toEqual([]);
});

test('a host that cancels pps-report-open opens the report itself', async ({ page }) => {
  await page.goto('/esm.html');
  await page.evaluate(() => {
    document.body.dataset.openReports = 'host';
  });
  await setPatient(page, '#results', versions);
  const results = page.locator('#results');
  await results
    .getByRole('button', { name: /^Åpne svarrapport/ })
    .first()
    .click();
  const opened = await page.evaluate(
    () => window.ppsEvents.find((e) => e.type === 'pps-report-open')?.detail,
  );
  expect(opened?.reportId).toEqual(expect.any(String));
  await expect(results).toContainText('Viser 7 av 7 svarrapporter');
  await expect(results.getByRole('article')).toHaveCount(0);
  // The host shows it in its own report element.
  await page.evaluate(
    ([id, v]) => {
      const report = document.querySelector('#report');
      report?.setAttribute('person-id', v as string);
      report?.setAttribute('report-id', id as string);
    },
    [String(opened?.reportId), versions],
  );
  await expect(page.locator('#report').getByRole('article', { name: /^Svarrapport/ })).toBeVisible();
});

test('elevated access: opened with consent, it fires pps-elevated-access and pps-audit, and the data shows', async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto('/esm.html');
  await setPatient(page, '#results', blocked);
  const results = page.locator('#results');
  await results.getByRole('button', { name: 'Gi forhøyet tilgang …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Forhøyet tilgang til prøvesvar' });
  await dialog.getByRole('radio', { name: /Pasienten samtykker/ }).check();
  await dialog.getByRole('textbox', { name: /Begrunnelse/ }).fill('Kontroll etter innleggelse');
  await dialog.getByRole('checkbox', { name: /Jeg vet at tilgangen logges/ }).check();
  await dialog.getByRole('button', { name: 'Åpne prøvesvarene' }).click();
  await expect(results).toContainText(/Viser \d+ av \d+ svarrapport/);
  const events = await page.evaluate(() => window.ppsEvents);
  expect(events.find((e) => e.type === 'pps-elevated-access')?.detail).toEqual({
    active: true,
    basis: 'FORHOYET_SAMTYKKE',
    reason: 'Kontroll etter innleggelse',
  });
  expect(events.find((e) => e.type === 'pps-audit')?.detail).toMatchObject({
    type: 'elevated-access-started',
    basis: 'FORHOYET_SAMTYKKE',
    personId: blocked,
  });
  expect(problems).toEqual([]);
});

test('the patient: switching shows the new one, removing it shows no patient, a property keeps it out of the DOM', async ({
  page,
}) => {
  await page.goto('/classic.html');
  const results = page.locator('#results');
  await setPatient(page, '#results', versions);
  await expect(results).toContainText('Viser 7 av 7 svarrapporter');
  await setPatient(page, '#results', blocked);
  await expect(results).toContainText('Prøvesvarene er sperret');
  await expect(results).not.toContainText('Viser 7 av 7');
  await setPatient(page, '#results', null);
  await expect(results).toContainText('Ingen pasient er valgt.');
  await page.evaluate((id) => {
    const element = document.querySelector('#results') as HTMLElement & { patient: unknown };
    element.patient = { personId: id };
  }, versions);
  await expect(results).toContainText('Viser 7 av 7 svarrapporter');
  expect(await page.locator('body').evaluate((body) => body.outerHTML.includes(String(body.dataset.x)))).toBe(
    false,
  );
  expect(await page.content()).not.toContain(versions);
});

test('over file://, a classic script and a fetch bridge to the host’s native code', async ({
  page,
  baseURL,
}) => {
  const problems = watch(page);
  const dir = mkdtempSync(path.join(tmpdir(), 'pps-elements-file-'));
  const dist = path.join(import.meta.dirname, '..', 'dist');
  for (const file of ['pps-elements.iife.js', 'pps-elements.css'])
    copyFileSync(path.join(dist, file), path.join(dir, file));
  writeFileSync(
    path.join(dir, 'bridge.js'),
    `// What a desktop EPJ injects: every call goes to its native code (here, the test's Node side).
document.querySelectorAll('pps-lab-results, pps-cumulative-table').forEach((element) => {
  element.fetch = async (url, init) => {
    const answer = await window.nativeFetch(url, {
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers)),
      body: typeof init.body === 'string' ? init.body : undefined,
    });
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };
  element.setAttribute('person-id', element.dataset.patient);
});
`,
  );
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <title>EPJ web view</title>
    <link rel="stylesheet" href="pps-elements.css" />
    <script src="pps-elements.iife.js"></script>
  </head>
  <body>
    <pps-lab-results data-patient="${versions}"></pps-lab-results>
    <pps-cumulative-table data-patient="${gp}"></pps-cumulative-table>
    <script src="bridge.js"></script>
  </body>
</html>
`,
  );
  const bridged: string[] = [];
  await page.exposeFunction(
    'nativeFetch',
    async (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
      bridged.push(`${init.method} ${url}`);
      const answer = await fetch(new URL(url, baseURL), {
        method: init.method,
        headers: init.headers,
        body: init.body ?? null,
      });
      return {
        status: answer.status,
        headers: Object.fromEntries(answer.headers),
        body: await answer.text(),
      };
    },
  );
  const network: string[] = [];
  page.on('request', (request) => network.push(request.url()));
  await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
  await expect(page.locator('pps-lab-results')).toContainText('Viser 7 av 7 svarrapporter');
  await expect(
    page.locator('pps-cumulative-table').getByRole('grid', { name: 'Kumulativ visning' }),
  ).toBeVisible();
  expect(bridged.some((call) => call.startsWith('POST /api/pps/DiagnosticReport/_search'))).toBe(true);
  // Nothing went to the network but the page's own files.
  expect(network.filter((url) => !url.startsWith('file://'))).toEqual([]);
  expect(problems).toEqual([]);
});
