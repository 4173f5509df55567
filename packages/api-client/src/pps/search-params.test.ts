/**
 * What the client refuses before sending, because PPS would answer 400 (pps-api.md §4): a table
 * over person ids, every date prefix, every FHIR date and dateTime form, days the calendar does
 * not have, and the paging numbers. The search body itself is checked in the contract test.
 */
import { describe, expect, it } from 'vitest';
import { type PpsSearchParams, searchInputIssues, toFormBody } from './search-params';

const VALID_ID = '04886897869'; // a synthetic (Tenor) fødselsnummer
const paths = (personId: string | undefined, params: PpsSearchParams) =>
  searchInputIssues(personId, params).map((issue) => issue.path);

describe('the person id', () => {
  it.each([
    ['a synthetic fødselsnummer', VALID_ID, []],
    ['a D-nummer', '70818815156', []],
    ['a wrong check digit', '04886897868', ['personId']],
    ['ten digits', '0488689786', ['personId']],
    ['twelve digits', '048868978690', ['personId']],
    ['a letter', '0488689786X', ['personId']],
    ['nothing', '', ['personId']],
    ['not checked (a lab message’s own id, through the mock)', undefined, []],
  ] as const)('%s', (_, personId, expected) => {
    expect(paths(personId, {})).toEqual(expected);
  });

  it('says what is wrong, as an invalid field', () => {
    expect(searchInputIssues('1', {})).toEqual([
      { path: 'personId', code: 'invalid', message: 'not a valid person id' },
    ]);
  });
});

describe('the date filters', () => {
  it.each(['eq', 'ne', 'lt', 'gt', 'le', 'ge', undefined] as const)('takes the prefix %s', (prefix) => {
    expect(paths(VALID_ID, { date: [{ prefix, value: '2024-05-01' }] })).toEqual([]);
  });

  it.each([
    '2024',
    '2024-05',
    '2024-05-01',
    '2024-02-29', // a leap day
    '2024-12-31',
    '2024-05-01T08:30Z',
    '2024-05-01T08:30:00Z',
    '2024-05-01T08:30:00.123Z',
    '2024-05-01T08:30:00+02:00',
    '2024-05-01T08:30:00-05:00',
  ])('takes %s', (value) => {
    expect(paths(VALID_ID, { date: [{ prefix: 'ge', value }] })).toEqual([]);
  });

  it.each([
    '2023-02-29', // no leap day that year
    '2024-02-30',
    '2024-04-31',
    '2024-13',
    '2024-00',
    '2024-05-00',
    '2024-05-32',
    '24-05-01',
    '2024-5-1',
    '1.5.2024',
    '2024-05-01T08:30:00', // no zone: PPS takes an instant only with one
    '2024-05-01T8:30Z',
    '2024-05-01 08:30Z',
    '2024-05-01T08:30:00+0200',
    ' 2024-05-01',
    '2024-05-01 ',
    '',
    'today',
  ])('refuses %j', (value) => {
    expect(paths(VALID_ID, { date: [{ value }] })).toEqual(['date[0]']);
  });

  it('refuses a prefix FHIR does not have, and names the filter and its value', () => {
    expect(
      searchInputIssues(VALID_ID, {
        date: [{ value: '2024' }, { prefix: 'xx' as 'eq', value: '2024-01-01' }],
      }),
    ).toEqual([{ path: 'date[1]', code: 'invalid', message: 'not a FHIR date search value: xx2024-01-01' }]);
  });

  it('names every bad filter of an interval', () => {
    expect(paths('1', { date: [{ value: 'x' }, { value: 'y' }] })).toEqual([
      'personId',
      'date[0]',
      'date[1]',
    ]);
  });
});

describe('_count and _skip', () => {
  it.each([
    [{ _count: 0 }, []],
    [{ _count: 50, _skip: 100 }, []],
    [{ _count: -1 }, ['_count']],
    [{ _count: 1.5 }, ['_count']],
    [{ _count: Number.NaN }, ['_count']],
    [{ _skip: -50 }, ['_skip']],
    [{ _skip: Number.POSITIVE_INFINITY }, ['_skip']],
    [{ _count: -1, _skip: -1 }, ['_count', '_skip']],
  ] as const)('%j', (params, expected) => {
    expect(paths(VALID_ID, params)).toEqual(expected);
  });

  it('say what they must be', () => {
    expect(searchInputIssues(VALID_ID, { _skip: -1 })).toEqual([
      { path: '_skip', code: 'invalid', message: 'not a non-negative integer' },
    ]);
  });
});

describe('the form body', () => {
  it('repeats date for an interval, with each prefix as given', () => {
    const body = toFormBody({ date: [{ prefix: 'ge', value: '2024' }, { value: '2025-01-01' }] });
    expect(body.getAll('date')).toEqual(['ge2024', '2025-01-01']);
  });
});
