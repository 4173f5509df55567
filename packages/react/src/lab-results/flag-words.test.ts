/**
 * A class in words and glyph, as every view says it (report, overview, flowsheet cell, trend):
 * one row per class, source and direction. A critical value is never called "Høy".
 */
import type { Classification } from '@pps-kit/api-client';
import { describe, expect, it } from 'vitest';
import { TEXTS } from '../testing/texts';
import { labResultsMessages } from './messages';
import { cellFlag, FLAG_GLYPH, flagPointing, flagWords } from './value-words';

const nb = labResultsMessages.nb;
const c = (over: Partial<Classification>): Classification => ({
  class: 'normal',
  source: 'lab',
  reason: 'lab-flag',
  ...over,
});

describe('flagWords', () => {
  it.each<[string, Partial<Classification>, string | undefined]>([
    ['lab high', { class: 'high' }, nb.flagHigh],
    ['lab low', { class: 'low' }, nb.flagLow],
    ['lab outside', { class: 'outside' }, nb.flagOutside],
    ['lab critical high', { class: 'critical', direction: 'high' }, nb.flagCriticalHigh],
    ['lab critical low', { class: 'critical', direction: 'low' }, nb.flagCriticalLow],
    ['lab critical, no direction', { class: 'critical' }, nb.flagCritical],
    ['lab normal', { class: 'normal' }, undefined],
    ['computed high', { class: 'high', source: 'computed', reason: 'computed-above-range' }, nb.flagHigh],
    ['computed low', { class: 'low', source: 'computed', reason: 'computed-below-range' }, nb.flagLow],
    ['computed normal', { class: 'normal', source: 'computed', reason: 'computed-within-range' }, undefined],
    [
      'computed inconclusive',
      { class: 'unknown', source: 'computed', reason: 'computed-inconclusive' },
      undefined,
    ],
    ['nothing to say', { class: 'unknown', source: 'none', reason: 'no-range' }, undefined],
    [
      'a flag pps-kit does not know, by display',
      { class: 'unknown', reason: 'lab-flag-unrecognised', flag: { code: 'W', display: 'Svakt' } },
      nb.flagUnrecognised.replace('{flag}', 'Svakt'),
    ],
    [
      'a flag pps-kit does not know, by code',
      { class: 'unknown', reason: 'lab-flag-unrecognised', flag: { code: 'W' } },
      nb.flagUnrecognised.replace('{flag}', 'W'),
    ],
    [
      'a flag pps-kit does not know, nothing sent',
      { class: 'unknown', reason: 'lab-flag-unrecognised' },
      nb.flagUnrecognised.replace('{flag}', '?'),
    ],
  ])('%s', (_name, over, words) => {
    expect(flagWords(c(over), nb)).toBe(words);
  });

  it('says the direction of every critical value, never the plain class', () => {
    expect(nb.flagCriticalHigh).not.toBe(nb.flagHigh);
    expect(nb.flagCriticalLow).not.toBe(nb.flagLow);
    expect(nb.flagCriticalLow).not.toBe(nb.flagCriticalHigh);
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const t = TEXTS[locale].labResults;
      expect(
        new Set([t.flagHigh, t.flagLow, t.flagOutside, t.flagCritical, t.flagCriticalHigh, t.flagCriticalLow])
          .size,
      ).toBe(6);
    }
  });

  it('gives every class but normal a glyph, each its own', () => {
    expect(FLAG_GLYPH).toEqual({
      high: '↑',
      low: '↓',
      outside: '↕',
      critical: '‼',
      normal: '',
      unknown: '?',
    });
  });
});

describe('flagPointing: the trend point for each class', () => {
  it.each<[string, Partial<Classification>, 'up' | 'down' | undefined]>([
    ['high', { class: 'high' }, 'up'],
    ['low', { class: 'low' }, 'down'],
    ['outside', { class: 'outside' }, 'down'],
    ['critical high', { class: 'critical', direction: 'high' }, 'up'],
    ['critical low', { class: 'critical', direction: 'low' }, 'down'],
    ['critical, no direction', { class: 'critical' }, 'up'],
    ['normal', { class: 'normal' }, undefined],
    ['unknown', { class: 'unknown', reason: 'lab-flag-unrecognised' }, undefined],
    ['computed high', { class: 'high', source: 'computed', reason: 'computed-above-range' }, 'up'],
  ])('%s', (_name, over, pointing) => {
    expect(flagPointing(c(over))).toBe(pointing);
  });
});

describe('cellFlag: the class a value cell is styled by', () => {
  it.each<[Classification['class'], boolean, Classification['class'] | undefined]>([
    ['high', false, 'high'],
    ['low', false, 'low'],
    ['outside', false, 'outside'],
    ['critical', false, 'critical'],
    ['normal', false, undefined],
    ['unknown', false, undefined],
    ['high', true, undefined],
    ['critical', true, undefined],
  ])('%s, void %s: %s', (cls, isVoid, flag) => {
    expect(cellFlag(c({ class: cls }), isVoid)).toBe(flag);
  });
});
