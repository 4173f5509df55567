import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './transport';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Wed, 25 Nov 2026 12:00:30 GMT', 30],
    ['Wed, 25 Nov 2026 11:59:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('reads %j as %j seconds', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});
