import { describe, expect, it } from 'vitest';
import { compareStatus, REPORT_STATUS_ORDER, statusInfo } from './status';

describe('statusInfo', () => {
  it.each([
    ['registered', 'registered', true, false],
    ['preliminary', 'preliminary', true, false],
    ['final', undefined, false, false],
    ['amended', 'amended', false, false],
    ['appended', 'appended', false, false],
    ['cancelled', 'cancelled', false, true],
    ['unknown', undefined, false, false],
  ] as const)('%s: banner %s, pending %s, void %s', (status, banner, pending, isVoid) => {
    expect(statusInfo(status)).toMatchObject({ banner, pending, void: isVoid });
  });

  it('orders statuses along the report’s life', () => {
    const shuffled = ['cancelled', 'final', 'registered', 'amended', 'preliminary'] as const;
    expect([...shuffled].sort(compareStatus)).toEqual([
      'registered',
      'preliminary',
      'final',
      'amended',
      'cancelled',
    ]);
    expect(REPORT_STATUS_ORDER.at(-1)).toBe('unknown');
  });
});
