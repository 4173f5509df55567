import { describe, expect, it } from 'vitest';
import { compareStatus, REPORT_STATUS_ORDER, statusInfo } from './status';

describe('statusInfo', () => {
  it.each([
    ['registered', 'registered', false],
    ['preliminary', 'preliminary', false],
    ['final', undefined, false],
    ['amended', 'amended', false],
    ['appended', 'appended', false],
    ['cancelled', 'cancelled', true],
    ['unknown', undefined, false],
  ] as const)('%s: banner %s, void %s', (status, banner, isVoid) => {
    expect(statusInfo(status)).toMatchObject({ banner, void: isVoid });
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
