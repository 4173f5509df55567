/**
 * The trend's sentences, whole in every locale: its direction over the last results (an ICU
 * select and plural in one message), and each reason for a break with what changed.
 */
import type { TrendDirection, TrendSegment } from '@pps-kit/api-client';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import { TEXTS } from '../testing/texts';
import { breakText } from './trend-words';

type Said = Exclude<TrendDirection, 'too-few'>;

describe('the trend summary', () => {
  it.each<[Locale, Said, number, string]>([
    ['nb', 'rising', 1, 'Stigende over det siste resultatet'],
    ['nb', 'falling', 4, 'Synkende over de siste 4 resultatene'],
    ['nb', 'stable', 2, 'Stabil over de siste 2 resultatene'],
    ['nb', 'variable', 7, 'Varierende over de siste 7 resultatene'],
    ['nn', 'rising', 3, 'Stigande over dei siste 3 resultata'],
    ['nn', 'falling', 1, 'Søkkande over det siste resultatet'],
    ['nn', 'stable', 5, 'Stabil over dei siste 5 resultata'],
    ['nn', 'variable', 2, 'Varierande over dei siste 2 resultata'],
    ['en', 'rising', 2, 'Rising over the last 2 results'],
    ['en', 'falling', 1, 'Falling over the last result'],
    ['en', 'stable', 9, 'Stable over the last 9 results'],
    ['en', 'variable', 3, 'Variable over the last 3 results'],
  ])('%s, %s over %i', (locale, direction, count, expected) => {
    expect(fill(TEXTS[locale].labResults.trendSummary, { direction, count })).toBe(expected);
  });
});

const segment = (over: Partial<TrendSegment>): TrendSegment => ({
  points: [],
  lab: 'Dalen laboratorium',
  unit: 'mmol/L',
  range: { text: '3,5 - 4,4', kind: 'interval', low: 3.5, high: 4.4 },
  breaks: [],
  ...over,
});

describe('a break in the trend', () => {
  const before = segment({});
  it.each<[Locale, string, TrendSegment]>([
    [
      'nb',
      'nytt laboratorium (Dalen laboratorium → Fjord sykehus)',
      segment({ lab: 'Fjord sykehus', breaks: ['lab'] }),
    ],
    ['nb', 'ny enhet (mmol/L → µmol/L)', segment({ unit: 'µmol/L', breaks: ['unit'] })],
    [
      'nb',
      'nytt referanseområde (3,5 - 4,4 → 3,6 - 4,6)',
      segment({ range: { text: '3,6 - 4,6', kind: 'interval', low: 3.6, high: 4.6 }, breaks: ['range'] }),
    ],
    ['nn', 'ny eining (mmol/L → –)', segment({ unit: '', breaks: ['unit'] })],
    [
      'en',
      'new laboratory (Dalen laboratorium → –), new unit (mmol/L → µmol/L)',
      segment({ lab: undefined, unit: 'µmol/L', breaks: ['lab', 'unit'] }),
    ],
  ])('%s: %s', (locale, reasons, after) => {
    const text = breakText(after, before, 2, locale, TEXTS[locale].labResults);
    expect(text).toContain(`: ${reasons}. `);
    expect(text).toMatch(/^(Brudd|Brot|Break) 2 /);
  });
});
