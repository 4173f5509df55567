/**
 * A specimen taken for a requisition, in one whole sentence per locale: what the lab gave of its
 * type, time, sample number and collector, and nothing dangling where it gave none.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import { TEXTS } from '../testing/texts';

const ALL = { type: 'Blod', time: '03.12.2026 08:15', accession: 'A1', collector: 'Lab X' };
const NONE = { type: 'none', time: 'none', accession: 'none', collector: 'none' };

describe('a specimen line', () => {
  it.each<[Locale, Partial<typeof ALL>, string]>([
    ['nb', {}, 'Blod, tatt 03.12.2026 08:15 (prøvenr. A1), Lab X'],
    ['nn', {}, 'Blod, teken 03.12.2026 08:15 (prøvenr. A1), Lab X'],
    ['en', {}, 'Blod, taken 03.12.2026 08:15 (sample no. A1), Lab X'],
    ['nb', { type: NONE.type }, 'Prøve, tatt 03.12.2026 08:15 (prøvenr. A1), Lab X'],
    ['en', { type: NONE.type }, 'Sample, taken 03.12.2026 08:15 (sample no. A1), Lab X'],
    ['nb', { time: NONE.time }, 'Blod (prøvenr. A1), Lab X'],
    ['nn', { accession: NONE.accession }, 'Blod, teken 03.12.2026 08:15, Lab X'],
    ['en', { collector: NONE.collector }, 'Blod, taken 03.12.2026 08:15 (sample no. A1)'],
    ['nb', NONE, 'Prøve'],
    ['nn', NONE, 'Prøve'],
    ['en', NONE, 'Sample'],
  ])('%s with %o', (locale, given, expected) => {
    expect(fill(TEXTS[locale].requisitions.specimenLine, { ...ALL, ...given }, locale)).toBe(expected);
  });
});

describe('the closed requisitions switch', () => {
  it.each<[Locale, string]>([
    ['nb', 'Vis også fullførte og tilbakekalte (3)'],
    ['nn', 'Vis òg fullførte og tilbakekalla (3)'],
    ['en', 'Also show completed and revoked (3)'],
  ])('%s names how many are closed', (locale, expected) => {
    expect(fill(TEXTS[locale].requisitions.showClosed, { count: 3 }, locale)).toBe(expected);
  });
});
