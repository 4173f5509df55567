/**
 * The evaluator's tour, each flow with the mouse and again with the keyboard alone, axe on every
 * screen. Runs on the built demo and its in-browser mocks.
 */

import { PPS_KIT_MESSAGES } from '@pps-kit/mocks';
import { expect, test } from './fixtures';
import {
  activate,
  checkScreen,
  choose,
  MODES,
  openPatient,
  openTab,
  pickRadio,
  signIn,
  tabTo,
  typeInto,
} from './helpers';

for (const mode of MODES) {
  test.describe(`${mode === 'keyboard' ? 'keyboard only' : 'with the mouse'}`, () => {
    test('sign in, see the attestation, open a patient, the overview and a report', async ({
      page,
    }, testInfo) => {
      await signIn(page, mode, testInfo);
      await activate(page, mode, page.getByRole('button', { name: 'Vis tillitsrammeverk-attest' }));
      const attestation = page.getByRole('region', { name: /Tillitsrammeverk-attest/ });
      await expect(attestation).toContainText('velg en pasient i listen');
      await openPatient(page, mode, /Fell, Lav/);
      await expect(attestation).toContainText('"type": "nhn:tillitsrammeverk:parameters"');
      await expect(attestation).toContainText('"purpose_of_use"');
      await expect(page.getByRole('heading', { level: 1, name: 'Fell, Lav' })).toBeVisible();
      await expect(page.getByText('Kjernejournal: Har kjernejournal')).toBeVisible();
      await expect(page.getByText('Viser 7 av 7 svarrapporter')).toBeVisible();
      // What came in since the clinician's last visit is marked new.
      await expect(page.locator('.pps-new').first()).toHaveText(/^Ny \(Ny siden \d\d\.\d\d\.\d{4}/);
      await checkScreen(page, testInfo, 'overview');

      await activate(
        page,
        mode,
        page.getByRole('button', { name: /^Åpne svarrapport: Medisinsk biokjemi/ }).first(),
      );
      const report = page.getByRole('article', { name: /^Svarrapport/ });
      await expect(report.getByRole('table', { name: 'Resultater' })).toBeVisible();
      // One answer for the report and its requisition, stated once on the page.
      await expect(page.getByText('Pasienten ser svaret på Helsenorge:')).toHaveCount(1);
      await expect(report.getByText('Pasienten ser svaret på Helsenorge:')).toBeVisible();
      await expect(report.getByRole('heading', { name: 'Rekvisisjon' })).toBeVisible();
      await checkScreen(page, testInfo, 'report');
      await activate(page, mode, report.getByRole('button', { name: 'Lukk' }));
      await expect(page.getByText('Viser 7 av 7 svarrapporter')).toBeVisible();
    });

    test('use the flowsheet and a trend', async ({ page }, testInfo) => {
      await signIn(page, mode, testInfo);
      await openPatient(page, mode, /Miljøgift, Relevant/);
      await openTab(page, mode, 'Kumulativt');
      const grid = page.getByRole('grid', { name: 'Kumulativ visning' });
      await expect(grid).toBeVisible();
      await checkScreen(page, testInfo, 'flowsheet');
      if (mode === 'keyboard') {
        // One tab stop into the grid, arrows to a value, Enter opens its report.
        await tabTo(page, grid.locator('[tabindex="0"]'));
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowDown');
        await expect(page.locator(':focus')).toHaveAttribute('aria-colindex', '2');
        await page.keyboard.press('Enter');
      } else {
        await grid.getByRole('gridcell').filter({ hasText: /\d/ }).first().click();
      }
      await expect(page.getByRole('tab', { name: 'Prøvesvar' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('article', { name: /^Svarrapport/ })).toBeVisible();

      await openTab(page, mode, 'Trend');
      await expect(page.getByRole('img', { name: /^Utvikling: P-Kreatinin/ })).toBeVisible();
      await expect(page.getByText(/^Brudd 1 /)).toBeVisible();
      await pickRadio(page, mode, page.getByRole('radio', { name: '3 år' }));
      await expect(page.getByRole('radio', { name: '3 år' })).toBeChecked();
      await checkScreen(page, testInfo, 'trend');
    });

    test('meet a blocked patient and open the block with elevated access', async ({ page }, testInfo) => {
      await signIn(page, mode, testInfo);
      await openPatient(page, mode, /Fjell, Rolig/);
      await expect(page.getByText(/Prøvesvarene er sperret$/)).toBeVisible();
      await checkScreen(page, testInfo, 'blocked');
      await activate(page, mode, page.getByRole('button', { name: 'Gi forhøyet tilgang …' }));
      const dialog = page.getByRole('dialog', { name: 'Forhøyet tilgang til prøvesvar' });
      await expect(dialog).toBeVisible();
      await pickRadio(page, mode, dialog.getByRole('radio', { name: /Akuttsituasjon/ }));
      await typeInto(
        page,
        mode,
        dialog.getByRole('textbox', { name: 'Begrunnelse' }),
        'Bevisstløs ved innkomst',
      );
      await activate(page, mode, dialog.getByRole('checkbox', { name: /tilgangen logges/ }), 'Space');
      await checkScreen(page, testInfo, 'elevated-access-dialog');
      const refetched = page.waitForRequest(
        (request) =>
          request.url().includes('/DiagnosticReport/_search') &&
          request.headers()['access-basis'] === 'FORHOYET_AKUTT',
      );
      await activate(page, mode, dialog.getByRole('button', { name: 'Åpne prøvesvarene' }));
      await refetched;
      await expect(page.getByText(/^Viser \d+ av \d+ svarrapport(er)?$/)).toBeVisible();
      const banner = page.getByRole('region', { name: 'Forhøyet tilgang' });
      await expect(banner).toContainText('Forhøyet tilgang (akuttsituasjon) er aktiv');
      await checkScreen(page, testInfo, 'elevated-access');

      // Another patient ends it.
      await openPatient(page, mode, /Fell, Lav/);
      await expect(page.getByText('Viser 7 av 7 svarrapporter')).toBeVisible();
      await expect(banner).toHaveCount(0);
      await openPatient(page, mode, /Fjell, Rolig/);
      await expect(page.getByText(/Prøvesvarene er sperret$/)).toBeVisible();
    });

    test('view the requisitions and the patient’s privacy restrictions', async ({ page }, testInfo) => {
      await signIn(page, mode, testInfo);
      await openPatient(page, mode, /Miljøgift, Relevant/);
      await openTab(page, mode, 'Rekvisisjoner');
      const card = page.getByRole('listitem', { name: 'Årskontroll diabetes' });
      await expect(card).toContainText('Prøvetaking pågår');
      await activate(page, mode, page.getByRole('checkbox', { name: /Vis også fullførte/ }), 'Space');
      await expect(page.getByRole('listitem', { name: 'Jernstatus' })).toContainText('Fullført');
      await checkScreen(page, testInfo, 'requisitions');

      await openPatient(page, mode, /Sol, Lun/);
      await openTab(page, mode, 'Tilgang');
      await expect(page.getByText('Kan ikke oppheves, heller ikke i en akuttsituasjon')).toBeVisible();
      await checkScreen(page, testInfo, 'privacy-restrictions');
    });

    test('create a patient-safety restriction on a report', async ({ page }, testInfo) => {
      await signIn(page, mode, testInfo);
      await openPatient(page, mode, /Fell, Lav/);
      await activate(
        page,
        mode,
        page.getByRole('button', { name: /^Åpne svarrapport: Medisinsk biokjemi/ }).first(),
      );
      await expect(page.getByText('Ingen restriksjoner: pasienten ser dette på Helsenorge.')).toBeVisible();
      await pickRadio(page, mode, page.getByRole('radio', { name: 'Nekt innsyn' }));
      await activate(page, mode, page.getByRole('button', { name: 'Lagre' }));
      await expect(page.getByRole('combobox', { name: 'Grunn til å nekte innsyn' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await checkScreen(page, testInfo, 'restriction-errors');
      await choose(
        page,
        mode,
        page.getByRole('combobox', { name: 'Grunn til å nekte innsyn' }),
        'Nektet, fare for liv',
      );
      await activate(page, mode, page.getByRole('button', { name: 'Lagre' }));
      await expect(page.getByText('Lagret. Pasientens innsyn er oppdatert.')).toBeVisible();
      await expect(page.getByRole('table').filter({ hasText: 'NORN_FFL' })).toContainText('Holdes tilbake');
      await expect(page.getByText('Aldri: holdes tilbake').first()).toBeVisible();
      await checkScreen(page, testInfo, 'restriction-created');
    });

    test('switch locale and theme', async ({ page }, testInfo) => {
      await signIn(page, mode, testInfo);
      await openPatient(page, mode, /Stein, Trofast/);
      await expect(page.getByText(/Pasienten har reservert seg$/)).toBeVisible();
      await choose(page, mode, page.getByRole('combobox', { name: 'Språk' }), 'English');
      await expect(page.getByText(/The patient has opted out$/)).toBeVisible();
      await expect(page.locator('.epj')).toHaveAttribute('lang', 'en');
      await choose(page, mode, page.getByRole('combobox', { name: 'Look' }), 'Designsystemet');
      await expect(page.locator('[data-pps-theme="designsystemet"]').first()).toBeVisible();
      // The theme is Designsystemet's own stylesheet and theme file, not only pps-kit's mapping.
      const token = (name: string) =>
        page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);
      await expect.poll(() => token('--ds-color-accent-base-default')).not.toBe('');
      // A select's type-ahead joins keys typed within a second: let "Designsystemet" end first.
      await page.waitForTimeout(1100);
      await choose(page, mode, page.getByRole('combobox', { name: 'Look' }), 'Aksel');
      await expect.poll(() => token('--ax-bg-accent-strong')).not.toBe('');
      // One design system at a time: Designsystemet's sheets are gone.
      await expect(page.locator('link[data-epj-theme="designsystemet"]')).toHaveCount(0);
      await page.waitForTimeout(1100);
      await choose(page, mode, page.getByRole('combobox', { name: 'Look' }), 'Designsystemet');
      await choose(page, mode, page.getByRole('combobox', { name: 'Language' }), 'Nynorsk');
      await expect(page.getByText(/Pasienten har reservert seg$/)).toBeVisible();
      await expect(page.getByRole('tab', { name: 'Rekvisisjonar' })).toBeVisible();
      await checkScreen(page, testInfo, 'nynorsk');
    });

    test('load a Svarrapport XML file and see it as PPS would', async ({ page }, testInfo) => {
      await signIn(page, mode, testInfo);
      await openPatient(page, mode, /Eng, Liten/);
      await openTab(page, mode, 'Last inn svarrapport');
      const input = page.getByLabel('Svarrapport-filer');
      const file = {
        name: 'svarrapport.xml',
        mimeType: 'text/xml',
        buffer: Buffer.from(PPS_KIT_MESSAGES[0] ?? ''),
      };
      if (mode === 'keyboard') {
        const chooser = page.waitForEvent('filechooser');
        await tabTo(page, input);
        await page.keyboard.press('Space');
        await (await chooser).setFiles(file);
      } else {
        await input.setInputFiles(file);
      }
      await expect(page.getByText('1 svarrapport lastet inn.')).toBeVisible();
      await expect(page.getByRole('article', { name: /^Svarrapport/ })).toBeVisible();
      // The report is shown under the message's own patient, never under the chosen test patient.
      const messagePatient = page.getByRole('region', { name: 'Pasienten i meldingen' });
      await expect(messagePatient).toContainText(/Fødselsnummer \d{6} \d{5}\./);
      await expect(messagePatient).toContainText('ikke pasienten som er valgt i listen');
      await checkScreen(page, testInfo, 'svarrapport-file');

      // A file that is not a Svarrapport says so.
      await input.setInputFiles({ name: 'notes.xml', mimeType: 'text/xml', buffer: Buffer.from('<notes/>') });
      await expect(page.getByRole('alert')).toContainText('Filen kan ikke vises');

      // The test patients keep their data: loading a message never turns them into "no results".
      await openPatient(page, mode, /Fell, Lav/);
      await openTab(page, mode, 'Prøvesvar');
      await expect(page.getByText('Viser 7 av 7 svarrapporter')).toBeVisible();
    });

    test('inject a fault, see it reported, and recover', async ({ page }, testInfo) => {
      await signIn(page, mode, testInfo);
      await openPatient(page, mode, /Fell, Lav/);
      await expect(page.getByText('Viser 7 av 7 svarrapporter')).toBeVisible();
      await activate(page, mode, page.getByRole('button', { name: 'Feil og forsinkelser …' }));
      await choose(
        page,
        mode,
        page.getByRole('combobox', { name: 'Pasientens prøvesvar (PPS)' }),
        'Serverfeil (500)',
      );
      await activate(page, mode, page.getByRole('button', { name: 'Bruk og hent på nytt' }));
      const alert = page.getByRole('alert').filter({ hasText: 'Prøvesvarene kan ikke vises' });
      await expect(alert).toContainText('HTTP 500');
      await checkScreen(page, testInfo, 'fault');
      await choose(page, mode, page.getByRole('combobox', { name: 'Pasientens prøvesvar (PPS)' }), 'Normal');
      await activate(page, mode, page.getByRole('button', { name: 'Bruk og hent på nytt' }));
      await expect(page.getByText('Viser 7 av 7 svarrapporter')).toBeVisible();
      await expect(alert).toHaveCount(0);
    });
  });
}

test('the demo is served with a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe("default-src 'self'");
  await expect(page.getByRole('heading', { name: 'Logg inn i EPJ-demoen' })).toBeVisible();
});

test('a cancelled value stays struck through in forced colours', async ({ page }, testInfo) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await signIn(page, 'mouse', testInfo);
  await openPatient(page, 'mouse', /Fell, Lav/);
  // The newest cancelled report: B-HbA1c 51, which the lab had flagged high.
  await page.getByRole('row').filter({ hasText: 'Kansellert' }).first().getByRole('button').click();
  const report = page.getByRole('article', { name: /^Svarrapport/ });
  const value = report.getByRole('row', { name: /B-HbA1c/ }).locator('.pps-value');
  await expect(value).toHaveCSS('text-decoration-line', /line-through/);
  await expect(report.getByRole('row', { name: /B-HbA1c/ })).toContainText('Kansellert');
});

test('the elevated-access form that cannot be fetched says so, and retry opens it', async ({
  page,
}, testInfo) => {
  // The form's code is a chunk of its own, fetched when the button shows: refuse it.
  const chunk = '**/elevated-access-dialog-body*.js';
  await page.context().route(chunk, (route) => route.abort('connectionrefused'));
  await signIn(page, 'mouse', testInfo);
  await openPatient(page, 'mouse', /Fjell, Rolig/);
  await page.getByRole('button', { name: 'Gi forhøyet tilgang …' }).click();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'Skjemaet for forhøyet tilgang kunne ikke lastes.' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await checkScreen(page, testInfo, 'elevated-access-unavailable');

  await page.context().unroute(chunk);
  await alert.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.getByRole('dialog', { name: 'Forhøyet tilgang til prøvesvar' })).toBeVisible();
  await expect(alert).toHaveCount(0);
});
