/**
 * Paging that stops: a service that repeats a page, ignores `_skip`, sends an absurd or no
 * `total`, or never ends, through `searchAllDiagnosticReports` at the network (MSW). What was
 * loaded is kept, and the result says it is incomplete, with "at least" how many exist.
 */
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PpsPagingError } from '../shared/errors';
import { createPpsClient } from './client';
import { MAX_PAGES, pagingStep } from './paging';

const BASE = 'https://pps.example.test/api/pps';
const PATIENT = '13867410028';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const report = (n: number) => ({
  resourceType: 'DiagnosticReport',
  id: `r${n}`,
  status: 'final',
  code: { text: 'Biokjemi' },
  subject: { identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: PATIENT } },
});

/** A PPS whose page for `_skip`/`_count` is `answer(skip, count)`: report numbers and total. */
function pps(answer: (skip: number, count: number) => { ids: number[]; total?: number }) {
  const skips: number[] = [];
  server.use(
    http.post(`${BASE}/DiagnosticReport/_search`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const skip = Number(form.get('_skip'));
      const count = Number(form.get('_count'));
      skips.push(skip);
      const { ids, total } = answer(skip, count);
      return HttpResponse.json({
        resourceType: 'Bundle',
        type: 'searchset',
        ...(total === undefined ? {} : { total }),
        entry: ids.map((n) => ({ resource: report(n), search: { mode: 'match' } })),
      });
    }),
  );
  return skips;
}
const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
const client = createPpsClient({ baseUrl: BASE, retry: false });
const all = (count = 10, maxPages?: number) =>
  client.searchAllDiagnosticReports({ personId: PATIENT }, { _count: count }, undefined, {
    ...(maxPages === undefined ? {} : { maxPages }),
  });

describe('searchAllDiagnosticReports: paging that ends well', () => {
  it('loads every page a true total promises, in order, and is complete', async () => {
    const skips = pps((skip, count) => ({ ids: range(skip, Math.min(skip + count, 25)), total: 25 }));
    const result = await all();
    expect(result.matches.map((r) => r.id)).toEqual(range(0, 25).map((n) => `r${n}`));
    expect(result.incomplete).toBeUndefined();
    expect(skips.sort((a, b) => a - b)).toEqual([0, 10, 20]);
  });

  it('without a total, pages on until a short page', async () => {
    const skips = pps((skip, count) => ({ ids: range(skip, Math.min(skip + count, 23)) }));
    const result = await all();
    expect(result.matches).toHaveLength(23);
    expect(result.incomplete).toBeUndefined();
    expect(skips).toEqual([0, 10, 20]);
  });
});

describe('searchAllDiagnosticReports: paging that must stop', () => {
  it.each([
    [
      'a page that repeats the one before',
      (skip: number) => ({ ids: range(Math.min(skip, 10), Math.min(skip, 10) + 10), total: 40 }),
      'page-repeated',
      20,
      40,
    ],
    ['a _skip that is ignored', () => ({ ids: range(0, 10), total: 120 }), 'page-repeated', 10, 120],
    ['a _skip that is ignored, no total', () => ({ ids: range(0, 10) }), 'page-repeated', 10, 10],
    [
      'a total below what the first page sent',
      (skip: number) => ({ ids: range(skip, skip + 10), total: 3 }),
      'total-invalid',
      10,
      10,
    ],
    [
      'a page missing although the total promised it',
      (skip: number) => ({ ids: skip < 20 ? range(skip, skip + 10) : [], total: 43 }),
      'page-missing',
      20,
      43,
    ],
    [
      'a short page before the total',
      (skip: number) => ({ ids: range(skip, skip + (skip === 10 ? 3 : 10)), total: 120 }),
      'page-missing',
      13,
      120,
    ],
  ] as const)('%s', async (_name, answer, problem, loaded, atLeast) => {
    pps(answer);
    const result = await all();
    expect(result.incomplete).toBeInstanceOf(PpsPagingError);
    expect(result.incomplete).toMatchObject({ kind: 'paging', problem, loaded, atLeast });
    expect(result.matches).toHaveLength(loaded);
    expect(new Set(result.matches.map((r) => r.id)).size).toBe(loaded);
  });

  it.each([
    ['negative', -1],
    ['not a whole number', 12.5],
  ])('a total that is %s is a typed error at `total`', async (_name, total) => {
    pps((skip) => ({ ids: range(skip, skip + 10), total }));
    await expect(all()).rejects.toMatchObject({ kind: 'response', path: 'total' });
  });

  it('an absurd total is paged no further than maxPages, and says at least that total', async () => {
    const skips = pps((skip, count) => ({ ids: range(skip, skip + count), total: 1e12 }));
    const result = await all(10, 3);
    expect(skips).toHaveLength(3);
    expect(result.matches).toHaveLength(30);
    expect(result.incomplete).toMatchObject({ problem: 'too-many-pages', loaded: 30, atLeast: 1e12 });
  });

  it(`a service that never ends is stopped at MAX_PAGES (${MAX_PAGES}) pages`, async () => {
    const skips = pps((skip, count) => ({ ids: range(skip, skip + count) }));
    const result = await all(5);
    expect(skips).toHaveLength(MAX_PAGES);
    expect(result.matches).toHaveLength(MAX_PAGES * 5);
    expect(result.incomplete).toMatchObject({
      problem: 'too-many-pages',
      loaded: MAX_PAGES * 5,
      atLeast: MAX_PAGES * 5 + 1,
    });
  });
});

describe('pagingStep, over pages fetched together', () => {
  const page = (ids: number[], total?: number) => ({
    matches: ids.map((n) => ({ id: `r${n}` })),
    total,
    privacy: [],
  });
  it.each([
    [
      'a short page in the middle',
      [page(range(0, 10), 40), page(range(10, 13), 40), page(range(20, 30), 40)],
      23,
    ],
    ['an empty page in the middle', [page(range(0, 10), 40), page([], 40), page(range(20, 30), 40)], 20],
  ] as const)('%s is a missing page, though the last one is full', (_name, pages, loaded) => {
    const step = pagingStep(pages, { pageSize: 10 });
    expect(step.next).toBeUndefined();
    expect(step.problem).toMatchObject({ problem: 'page-missing', loaded, atLeast: 40 });
  });

  it('the last page of a total may be short', () => {
    expect(
      pagingStep([page(range(0, 10), 25), page(range(10, 20), 25), page(range(20, 25), 25)], {
        pageSize: 10,
      }),
    ).toEqual({
      next: undefined,
    });
  });
});

describe('pagingStep', () => {
  const page = (ids: number[], total?: number, privacy: string[] = []) => ({
    matches: ids.map((n) => ({ id: `r${n}` })),
    total,
    privacy,
  });
  it.each([
    ['no page yet: the first', [], 0],
    ['a full first page of more', [page(range(0, 10), 30)], 10],
    ['the second of three', [page(range(0, 10), 30), page(range(10, 20), 30)], 20],
    ['the last page', [page(range(0, 10), 30), page(range(10, 20), 30), page(range(20, 30), 30)], undefined],
    ['a total that ends on the first page', [page(range(0, 10), 10)], undefined],
    ['a short page without a total', [page(range(0, 9))], undefined],
    ['a full page without a total', [page(range(0, 10))], 10],
    ['hidden data: no further', [page([], undefined, ['General'])], undefined],
    ['hidden data on a full page of more', [page(range(0, 10), 30, ['General'])], undefined],
    [
      'hidden data on a page before the last (pages fetched together)',
      [page(range(0, 10), 40), page(range(10, 20), 40, ['General']), page(range(20, 30), 40)],
      undefined,
    ],
    [
      'a page that repeats some reports (one moved between pages)',
      [page(range(0, 10), 30), page(range(9, 19), 30)],
      20,
    ],
    [
      'pages of reports without ids',
      [page([], 30), page([], 30)].map((p, i) => ({
        ...p,
        matches: Array.from({ length: 10 }, () => ({})),
        total: 30 + i * 0,
      })),
      20,
    ],
  ] as const)('%s', (_name, pages, next) => {
    const step = pagingStep(pages as never, { pageSize: 10 });
    expect(step).toStrictEqual({ next });
  });

  it('starts from the first page’s _skip', () => {
    expect(pagingStep([page(range(0, 10), 100)], { pageSize: 10, start: 50 }).next).toBe(60);
    expect(pagingStep([], { pageSize: 10, start: 50 }).next).toBe(50);
  });

  it('a page size of 0 asks nothing more', () => {
    expect(pagingStep([page([], 10)], { pageSize: 0 })).toStrictEqual({ next: undefined });
  });
});
