import { describe, expect, it } from 'vitest';
import type { TrendPoint } from './trend';
import { isComputedFlag, isPlotted, plottedPoints, pointMark, summarise } from './trend';

const points = (...values: (number | [number, '<' | '>'])[]): TrendPoint[] =>
  values.map((v, i) => ({
    time: `2026-0${i + 1}-01`,
    at: i,
    value: Array.isArray(v) ? v[0] : v,
    ...(Array.isArray(v) ? { comparator: v[1] } : {}),
    unit: 'µmol/L',
    range: { text: '45 - 90', kind: 'interval', low: 45, high: 90 },
    classification: { class: 'normal', source: 'computed', reason: 'computed-within-range' },
    status: 'final',
    lab: 'Lab',
    reportId: `r${i}`,
    void: false,
  }));

describe('summarise', () => {
  it.each([
    [[70, 80, 95], 'rising', 3],
    [[60, 70, 80, 95], 'rising', 3],
    [[95, 80, 70], 'falling', 3],
    [[80, 81, 80], 'stable', 3],
    [[70, 90, 75], 'variable', 3],
    [[70], 'too-few', 1],
    [[], 'too-few', 0],
  ] as const)('%j is %s over %i results', (values, direction, count) => {
    expect(summarise(points(...values))).toEqual({ direction, count });
  });

  it('leaves out values given only as "<" or ">"', () => {
    expect(summarise(points(70, [5, '<'], 80))).toEqual({ direction: 'rising', count: 2 });
  });
});

describe('what the chart draws and marks', () => {
  it.each([
    ['registered', 'preliminary'],
    ['preliminary', 'preliminary'],
    ['final', undefined],
    ['amended', 'changed'],
    ['corrected', 'changed'],
    ['cancelled', undefined],
    ['entered-in-error', undefined],
    ['unknown', undefined],
  ] as const)('a %s value is marked %s', (status, mark) => {
    expect(pointMark({ status })).toBe(mark);
  });

  it.each([
    [4.2, false, true],
    [0, false, true],
    [undefined, false, false],
    [4.2, true, false],
    [undefined, true, false],
  ])('value %s, void %s: drawn %s', (value, isVoid, drawn) => {
    expect(isPlotted({ value, void: isVoid })).toBe(drawn);
  });

  it('plots only the drawn points, in the order given', () => {
    const point = (at: number, value: number | undefined, isVoid: boolean) =>
      ({ at, value, void: isVoid }) as TrendPoint;
    const points = [point(1, 4.2, false), point(2, 5, true), point(3, undefined, false), point(4, 0, false)];
    expect(plottedPoints(points).map((p) => p.at)).toEqual([1, 4]);
  });

  it.each([
    ['computed', 'high', false, true],
    ['computed', 'low', false, true],
    ['computed', 'outside', false, true],
    ['computed', 'normal', false, false],
    ['computed', 'unknown', false, false],
    ['computed', 'high', true, false],
    ['lab', 'high', false, false],
    ['none', 'unknown', false, false],
  ] as const)('%s %s, void %s: flagged by pps-kit %s', (source, cls, isVoid, expected) => {
    const classification = { source, class: cls } as unknown as TrendPoint['classification'];
    expect(isComputedFlag({ classification, void: isVoid })).toBe(expected);
  });
});
