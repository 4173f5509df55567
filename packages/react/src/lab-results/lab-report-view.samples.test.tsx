// @vitest-environment jsdom
/**
 * Every sample message in ../shared/data/svarrapport (read in place), converted as PPS would and
 * shown in LabReportView: no error state, and every result's value and unit visible.
 */
import type { NilarObservation } from '@pps-kit/api-client';
import { FHIR_EXTENSION } from '@pps-kit/api-client';
import { screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// The samples helper of the converter's tests: one place that finds ../shared beside the checkout.
import {
  readSample,
  SAMPLES_DIR,
  sampleFiles,
  samplesPresent,
} from '../../../mocks/src/svarrapport/testing/samples';
import { showSvarrapport } from '../testing/svarrapport';

const present = samplesPresent;
const files = sampleFiles;
const dir = SAMPLES_DIR;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A number as a Norwegian reader writes it, written here apart from the view's own formatting
 * (the code under test is never its own oracle): the lab's digits, a decimal comma, no grouping
 * below 10 000.
 */
function norwegian(text: string): string {
  return text.replace(/(\d)\.(\d)/g, '$1,$2');
}
const numberNb = (value: number) => norwegian(String(value)).replace('-', '−');

/** What the view must show for an Observation's value: its number (nb) and unit, its text, its code. */
function expectedTexts(observation: NilarObservation): string[] {
  const quantity = observation.valueQuantity;
  if (quantity?.value !== undefined) {
    // The lab's own digits ("14,0"), where the number alone would lose them.
    const asSent = quantity.extension?.find((e) => e.url === FHIR_EXTENSION.originalText)?.valueString;
    return [
      `${quantity.comparator ?? ''}${asSent ? norwegian(asSent) : numberNb(quantity.value)}`,
      ...(quantity.unit ? [quantity.unit] : []),
    ];
  }
  const concept = observation.valueCodeableConcept;
  if (concept) {
    const sir = concept.coding?.some((c) => ['S', 'I', 'R', 'K'].includes(c.code ?? ''));
    return [
      // A number beside S/I/R is shown with the locale's decimal sign ("0,250").
      ...(concept.text
        ? concept.text
            .split('\n')
            .map(squash)
            .filter(Boolean)
            .map((t) => (sir ? norwegian(t) : t))
        : []),
      ...(concept.coding ?? []).map((c) => c.code ?? '').filter(Boolean),
    ];
  }
  return [];
}

describe.skipIf(!present)('LabReportView shows every sample message', () => {
  it.each(files)('%s', async (name) => {
    const { article, resources, unmount } = await showSvarrapport(readSample(name), server);
    expect(screen.queryByRole('alert')).toBeNull();
    const shown = squash(article.textContent ?? '');
    const observations = resources.filter(
      (r): r is NilarObservation =>
        r.resourceType === 'Observation' &&
        !(r as NilarObservation).extension?.some((e) => e.url.endsWith('nilar-history') && e.valueBoolean),
    );
    // Every sample has results (a cancellation's are without values): a loop over nothing proves nothing.
    expect(observations.length, `${name}: no results`).toBeGreaterThan(0);
    for (const observation of observations) {
      for (const text of expectedTexts(observation)) {
        expect(shown, `${name}: ${observation.code.text ?? observation.id}`).toContain(text);
      }
    }
    unmount();
  });
});

describe.skipIf(present)('the sample messages', () => {
  it.skip(`need ../shared/data/svarrapport beside the checkout (or PPS_KIT_SAMPLES); not found at ${dir}`, () => {});
});
