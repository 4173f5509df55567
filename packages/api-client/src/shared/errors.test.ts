/** Which failures offer "Prøv igjen": one row per kind of error and per HTTP status class. */
import { describe, expect, it } from 'vitest';
import {
  canRetry,
  PpsHttpError,
  PpsNetworkError,
  PpsOutcomeError,
  PpsPagingError,
  PpsPatientMismatchError,
  PpsResponseError,
  PpsTimeoutError,
  PpsValidationError,
} from './errors';

describe('canRetry', () => {
  it.each([
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [407, false],
    [408, true],
    [409, false],
    [428, false],
    [429, true],
    [430, false],
    [499, false],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
  ])('HTTP %i: %s', (status, expected) => {
    expect(canRetry(new PpsHttpError({ status }))).toBe(expected);
  });

  it.each([
    ['a lost connection', new PpsNetworkError('offline'), true],
    ['a timeout', new PpsTimeoutError(15_000), true],
    ['an unreadable answer', new PpsResponseError('$', 'not JSON'), true],
    ['a privacy outcome', new PpsOutcomeError(['PVK-1']), true],
    ['paging stopped', new PpsPagingError({ problem: 'page-repeated', loaded: 1, atLeast: 2 }), true],
    ['an answer about another person', new PpsPatientMismatchError('entry[0]'), false],
    ['a refused value', new PpsValidationError([{ path: 'nin', code: 'invalid', message: 'bad' }]), false],
    ['something that is no pps-kit error', new Error('boom'), true],
  ])('%s: %s', (_name, error, expected) => {
    expect(canRetry(error)).toBe(expected);
  });
});
