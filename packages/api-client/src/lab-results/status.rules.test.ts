/**
 * Every report and result status: its place in the lifecycle, its banner, and whether values must
 * not be used. One row per status, so that changing any of them fails here.
 */
import { describe, expect, it } from 'vitest';
import { compareStatus, REPORT_STATUS_ORDER, statusInfo } from './status';

describe('statusInfo', () => {
  it.each([
    ['registered', 0, 'registered', false],
    ['partial', 1, 'preliminary', false],
    ['preliminary', 2, 'preliminary', false],
    ['final', 3, undefined, false],
    ['appended', 4, 'appended', false],
    ['amended', 5, 'amended', false],
    ['corrected', 6, 'amended', false],
    ['cancelled', 7, 'cancelled', true],
    ['entered-in-error', 8, 'entered-in-error', true],
    ['unknown', 9, undefined, false],
  ] as const)('%s: order %s, banner %s, void %s', (status, order, banner, isVoid) => {
    expect(statusInfo(status)).toEqual({ order, banner, void: isVoid });
  });

  it('a status outside the lifecycle sorts last, with no banner', () => {
    expect(statusInfo('withdrawn' as never)).toEqual({
      order: REPORT_STATUS_ORDER.length,
      banner: undefined,
      void: false,
    });
  });

  it('sorts in lifecycle order', () => {
    const shuffled = [
      'unknown',
      'final',
      'entered-in-error',
      'registered',
      'amended',
      'preliminary',
    ] as const;
    expect([...shuffled].sort(compareStatus)).toEqual([
      'registered',
      'preliminary',
      'final',
      'amended',
      'entered-in-error',
      'unknown',
    ]);
    expect(compareStatus('final', 'final')).toBe(0);
    expect(compareStatus('final', 'amended')).toBeLessThan(0);
  });
});
