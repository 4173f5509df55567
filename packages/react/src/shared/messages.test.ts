import { describe, expect, it } from 'vitest';
import { fill } from './messages';

const reports = 'Viser {shown} av {total, plural, one {# svarrapport} other {# svarrapporter}}';

describe('fill: placeholders and plurals', () => {
  it.each([
    [0, 'Viser 0 av 0 svarrapporter'],
    [1, 'Viser 1 av 1 svarrapport'],
    [2, 'Viser 2 av 2 svarrapporter'],
    [21, 'Viser 21 av 21 svarrapporter'],
  ])('%i', (count, text) => {
    expect(fill(reports, { shown: count, total: count })).toBe(text);
  });

  it('uses each locale’s rules, an exact =N branch first, and other as the fallback', () => {
    const years = '{years, plural, =0 {all years} one {# year} other {# years}}';
    expect(fill(years, { years: 1 }, 'en')).toBe('1 year');
    expect(fill(years, { years: 3 }, 'en')).toBe('3 years');
    expect(fill(years, { years: 0 }, 'en')).toBe('all years');
    expect(fill('{n, plural, other {# dagar}}', { n: 1 }, 'nn')).toBe('1 dagar');
    expect(fill('{n, plural, one {# dag} other {# dagar}}', { n: 1 }, 'nn')).toBe('1 dag');
  });

  it('fills placeholders inside a branch, and leaves what it cannot fill as written', () => {
    expect(fill('{n, plural, one {# av {total}} other {# av {total}}}', { n: 1, total: 9 })).toBe('1 av 9');
    expect(fill('{n, plural, one {# dag} other {# dager}}', { n: '1' })).toBe(
      '{n, plural, one {# dag} other {# dager}}',
    );
    expect(fill('Hei {name}, {missing}', { name: 'Kari' })).toBe('Hei Kari, {missing}');
  });

  it('selects a branch by the value, else other; # stays as written in a select', () => {
    const source =
      '{source, select, lab {flagget av laboratoriet} computed {beregnet av pps-kit} other {ukjent}}';
    expect(fill(source, { source: 'lab' })).toBe('flagget av laboratoriet');
    expect(fill(source, { source: 'computed' })).toBe('beregnet av pps-kit');
    expect(fill(source, { source: 'noe annet' })).toBe('ukjent');
    expect(
      fill('{s, select, entered-in-error {feilregistrert #} other {annet}}', { s: 'entered-in-error' }),
    ).toBe('feilregistrert #');
    expect(fill('{s, select, a {A}}', { s: 'b' })).toBe('{s, select, a {A}}');
    expect(fill(source, {})).toBe(source);
  });

  it('a plural and a select in one sentence, with a placeholder inside a branch', () => {
    const text =
      '{who, select, lab {Laboratoriet} other {pps-kit}} fant {n, plural, one {# avvik i {name}} other {# avvik}}';
    expect(fill(text, { who: 'lab', n: 1, name: 'P-Kreatinin' })).toBe(
      'Laboratoriet fant 1 avvik i P-Kreatinin',
    );
    expect(fill(text, { who: 'x', n: 3 })).toBe('pps-kit fant 3 avvik');
  });
});
