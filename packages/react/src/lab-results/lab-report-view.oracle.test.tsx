// @vitest-environment jsdom
/**
 * The oracle of "Clinical truth I", on the screen: for every sample message, what the lab sent
 * (read from the XML by the oracle's own DOM reader, sharing no code with the converter or the
 * views) must be on the screen of LabReportView: each item's name, value as sent, unit,
 * reference text, flag in words, status and comments, each item after its parent in the section
 * that shows it; and no text may say "not flagged" or "not
 * answered" where the message says otherwise, nor the overview "Ingen" for a report flagged or
 * resistant.
 */

import { cleanup, screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { messageFacts } from '../../../mocks/src/svarrapport/oracle/message-facts';
import { readSample, sampleFiles, samplesPresent } from '../../../mocks/src/svarrapport/testing/samples';
import { renderWithPps } from '../testing/render';
import { showSvarrapport } from '../testing/svarrapport';
import { LabResultsOverview } from './lab-results-overview';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The words a clinician reads for each NILAR status (written here, not taken from the catalogue). */
const STATUS_WORDS: Record<string, string> = {
  registered: 'Registrert',
  preliminary: 'Foreløpig',
  amended: 'Endret',
  corrected: 'Korrigert',
  appended: 'Tillegg',
  cancelled: 'Kansellert',
  'entered-in-error': 'Feilregistrert',
  unknown: 'Ukjent',
};
/** The words for each 8244 flag. */
const FLAG_WORDS: Record<string, string> = { '1': 'Høy', '2': 'Lav', '3': 'Utenfor' };

/** A number as the lab wrote it, in Norwegian: the same digits, a decimal comma. */
const norwegian = (text: string) => text.replace(/^(-?\d+)\.(\d+)$/, '$1,$2');

describe.skipIf(!samplesPresent)('the screen shows what the lab sent, in every sample message', () => {
  it.each(sampleFiles)('%s', async (name) => {
    const bytes = readSample(name);
    const [facts] = messageFacts(bytes);
    if (!facts) throw new Error('the oracle read no report');
    const { article, personId, unmount } = await showSvarrapport(bytes, server);
    const shown = squash(article.textContent ?? '');
    // Paragraphs and line breaks have no space between them in the text: texts compare without spaces.
    const compact = shown.replace(/\s+/g, '');
    const missing: string[] = [];
    const expectShown = (item: string, what: string, ...alternatives: string[]) => {
      const wanted = alternatives.map(squash).filter(Boolean);
      const found = wanted.some((text) => compact.includes(text.replace(/\s+/g, '')));
      if (wanted.length > 0 && !found) missing.push(`${item}: ${what} «${wanted[0]}»`);
    };

    const items = facts.items.filter((item) => item.history !== 'true');
    expect(items.length, `${name}: the oracle read no result`).toBeGreaterThan(0);
    for (const item of items) {
      const label = `#${item.index} ${item.name}`;
      expectShown(label, 'name', item.name);
      const value = item.value;
      if (value.kind === 'number') expectShown(label, 'value', norwegian(value.text));
      if (value.kind === 'text') {
        for (const line of value.text.split('\n')) expectShown(label, 'text', line, norwegian(squash(line)));
      }
      if (value.unit && value.kind !== 'interval' && value.kind !== 'date')
        expectShown(label, 'unit', value.unit);
      for (const range of item.ranges) expectShown(label, 'range', range);
      const flag = item.flag.match(/\|(\d)=/)?.[1];
      if (flag && FLAG_WORDS[flag] && item.status !== 'cancelled')
        expectShown(label, 'flag', FLAG_WORDS[flag]);
      if (STATUS_WORDS[item.status]) expectShown(label, 'status', STATUS_WORDS[item.status] as string);
      for (const comment of item.comments) expectShown(label, 'comment', comment);
    }
    expect(missing, name).toEqual([]);

    // Under its parent: each item is in the section that shows its top-level item, after its parent.
    const sections = [...article.querySelectorAll('section')].map((section) =>
      (section.textContent ?? '').replace(/\s+/g, ''),
    );
    const key = (text: string) => text.replace(/\s+/g, '');
    const misplaced: string[] = [];
    for (const item of items) {
      if (item.parent === undefined) continue;
      const parent = items.find((p) => p.index === item.parent);
      if (!parent) continue;
      const under = sections.some((text) => {
        const at = text.indexOf(key(parent.name));
        return at >= 0 && text.indexOf(key(item.name), at + key(parent.name).length) >= 0;
      });
      if (!under) misplaced.push(`#${item.index} ${item.name} is not under #${parent.index} ${parent.name}`);
    }
    expect(misplaced, name).toEqual([]);

    // What no text may claim where the message says otherwise.
    const flagged = items.some((item) => /\|[123]=/.test(item.flag));
    if (flagged) expect(shown, name).not.toContain('Laboratoriet har ikke merket avvik');
    const hasValueBelow = (index: number): boolean =>
      items.some(
        (child) => child.parent === index && (child.value.kind !== 'none' || hasValueBelow(child.index)),
      );
    const unanswered = items.some(
      (item) =>
        item.value.kind === 'none' &&
        !hasValueBelow(item.index) &&
        !['registered', 'preliminary'].includes(item.status),
    );
    // "Ikke besvart ennå" is the lab's own "in progress"; plain "Ikke besvart" needs an empty item.
    if (!unanswered) expect(shown, name).not.toMatch(/Ikke besvart(?! ennå)/);
    unmount();

    // The overview never says "Ingen" for a report the lab flagged or found resistance in.
    renderWithPps(<LabResultsOverview />, {
      patient: { personId },
      withoutPtsAndParek: true,
      acceptAnyPersonId: true,
    });
    await screen.findByText(/^Viser \d+ av/);
    const cells = [...document.querySelectorAll('[data-findings]')].map((c) =>
      c.getAttribute('data-findings'),
    );
    const resistant = items.some((item) => item.value.codes.some((code) => /8271\|R$/.test(code)));
    const voided = ['cancelled', 'entered-in-error'].includes(facts.status);
    if (voided) expect(cells, name).toEqual(['void']);
    else if (flagged || resistant) expect(cells, name).toEqual(['some']);
    cleanup();
  });
});
