// @vitest-environment jsdom
/**
 * How the report pages travel: the first page alone (it says how many there are), then the rest
 * `concurrency` at a time, each batch in one round; all land in one cache entry. Measured at the
 * network (MSW): requests, rounds, and the most in flight at once. Each batch's answers are held
 * until the whole batch has arrived (or the network goes quiet), so the count does not depend on
 * the machine's speed.
 */
import { createMockServer } from '@pps-kit/mocks/node';
import { screen, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { personOf } from '../testing/mock-server';
import { renderWithPps } from '../testing/render';
import { useLabReportPages } from './use-lab-report-pages';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function Pages({ concurrency }: { concurrency: number }) {
  const pages = useLabReportPages({ pageSize: 5, concurrency });
  return (
    <p>
      {pages.isComplete ? 'ferdig' : 'henter'} {pages.progress.loaded} av {pages.progress.total ?? '?'}
    </p>
  );
}

/** Holds each answer until no new request has come for a moment: a round is what was in flight together. */
function network() {
  const rounds: number[][] = [];
  let waiting: { skip: number; release: () => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    rounds.push(waiting.map((w) => w.skip).sort((a, b) => a - b));
    for (const w of waiting) w.release();
    waiting = [];
  };
  server.use(
    http.post('*/DiagnosticReport/_search', async ({ request }) => {
      const skip = Number(new URLSearchParams(await request.clone().text()).get('_skip'));
      await new Promise<void>((release) => {
        waiting.push({ skip, release });
        clearTimeout(timer);
        timer = setTimeout(flush, 400);
      });
      await delay(0);
      return undefined; // the mock PPS answers
    }),
  );
  return rounds;
}

describe('useLabReportPages', () => {
  it.each([1, 3, 6])(
    'concurrency %i: the first page alone, then batches of that many, one round each',
    async (concurrency) => {
      const rounds = network();
      renderWithPps(<Pages concurrency={concurrency} />, { patient: personOf('gp-chemistry') });
      await waitFor(() => expect(screen.getByText(/^ferdig/)).toBeInTheDocument(), { timeout: 60_000 });
      const [, loaded, total] = /(\d+) av (\d+)/.exec(screen.getByText(/^ferdig/).textContent ?? '') ?? [];
      expect(Number(loaded)).toBe(Number(total));
      const pages = Math.ceil(Number(total) / 5);
      expect(pages).toBeGreaterThan(6);
      // Every page once, in order, and nothing twice.
      expect(rounds.flat()).toEqual(Array.from({ length: pages }, (_, index) => index * 5));
      expect(rounds[0]).toEqual([0]);
      expect(rounds.length).toBe(1 + Math.ceil((pages - 1) / concurrency));
      expect(Math.max(...rounds.map((round) => round.length))).toBe(Math.min(concurrency, pages - 1));
    },
  );

  it('a failed page keeps the ones before it, in its batch too, and retry goes on from it', async () => {
    let failed = false;
    server.use(
      http.post('*/DiagnosticReport/_search', async ({ request }) => {
        const skip = new URLSearchParams(await request.clone().text()).get('_skip');
        if (skip === '30' && !failed) {
          failed = true;
          return new Response('Service Unavailable', { status: 503 });
        }
        return undefined;
      }),
    );
    function Failing() {
      const pages = useLabReportPages({ pageSize: 10, concurrency: 4 });
      return (
        <>
          <p>{pages.progress.loaded} lastet</p>
          {pages.pageError ? (
            <button type="button" onClick={pages.retry}>
              igjen
            </button>
          ) : null}
          {pages.isComplete ? <p>ferdig</p> : null}
        </>
      );
    }
    renderWithPps(<Failing />, { patient: personOf('gp-chemistry') });
    // Page 0, then the batch 10, 20, 30, 40: 30 failed, so 10 and 20 are kept (40 comes again).
    await screen.findByRole('button', { name: 'igjen' });
    expect(screen.getByText('30 lastet')).toBeInTheDocument();
    screen.getByRole('button', { name: 'igjen' }).click();
    await screen.findByText('ferdig', undefined, { timeout: 60_000 });
  });
});
