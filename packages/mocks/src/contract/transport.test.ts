/**
 * Retries, timeouts, aborts and error bodies, played by the mocks' fault scenarios over MSW.
 */
import {
  createPpsClient,
  createPtsClient,
  PpsHttpError,
  PpsNetworkError,
  PpsResponseError,
  PpsTimeoutError,
} from '@pps-kit/api-client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { patientWithScenario } from '../data/patients';
import { createPpsHandlers } from '../pps/handlers';
import { createPtsHandlers } from '../pts/handlers';
import type { MockFault } from '../shared/faults';

let fault: MockFault | undefined;
const server = setupServer(
  ...createPpsHandlers({ fault: () => fault }),
  ...createPtsHandlers({ fault: () => fault }),
);
let requests = 0;
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', () => {
    requests += 1;
  });
});
afterEach(() => {
  fault = undefined;
  requests = 0;
});
afterAll(() => server.close());

const patient = { personId: patientWithScenario('repeat-copies').personId };
const fast = { retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 50 } };
const client = createPpsClient({ baseUrl: 'https://ehr.example.test/pps', ...fast });

describe('retries', () => {
  it.each([429, 502, 503, 504])('retries a search after %i, and succeeds', async (status) => {
    fault = { status, times: 1 };
    const result = await client.searchDiagnosticReports(patient);
    expect(result.matches.length).toBeGreaterThan(0);
    expect(requests).toBe(2);
  });

  it('honours Retry-After', async () => {
    fault = { status: 503, retryAfterSeconds: 0, times: 2 };
    await client.searchDiagnosticReports(patient);
    expect(requests).toBe(3);
  });

  it('gives up on a Retry-After longer than it may wait, and says how long', async () => {
    fault = { status: 429, retryAfterSeconds: 120 };
    const error = await client.searchDiagnosticReports(patient).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsHttpError);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 120 });
    expect(requests).toBe(1);
  });

  it('stops after the configured number of retries', async () => {
    fault = { status: 503 };
    await expect(client.searchDiagnosticReports(patient)).rejects.toMatchObject({ status: 503 });
    expect(requests).toBe(3);
  });

  it.each([400, 401, 403, 404, 500])('never retries %i', async (status) => {
    fault = { status };
    await expect(client.searchDiagnosticReports(patient)).rejects.toMatchObject({ status });
    expect(requests).toBe(1);
  });

  it('retries a lost connection for a search', async () => {
    fault = { networkError: true, times: 2 };
    expect((await client.searchDiagnosticReports(patient)).matches.length).toBeGreaterThan(0);
    expect(requests).toBe(3);
  });

  it('turns a lost connection into PpsNetworkError when retries run out', async () => {
    fault = { networkError: true };
    await expect(client.searchDiagnosticReports(patient)).rejects.toBeInstanceOf(PpsNetworkError);
    expect(requests).toBe(3);
  });

  it('never resends a create after a lost connection, but does after 503', async () => {
    const pts = createPtsClient({ baseUrl: 'https://ehr.example.test/pts', ...fast });
    const restriction = {
      patientSafetyObject: {
        person: { offId: patient.personId },
        confidentialObjectId: { type: 'Svarrapport' as const, value: '7f1d3c52-0b8e-4c11-9a57-1c2e3d4f5a99' },
      },
      confidentialityCode: 'NORU',
      delayDeliveryUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    };
    fault = { networkError: true, times: 1 };
    await expect(pts.createPatientSafetyRestriction(restriction)).rejects.toBeInstanceOf(PpsNetworkError);
    expect(requests).toBe(1);
    requests = 0;
    fault = { status: 503, times: 1 };
    await expect(pts.createPatientSafetyRestriction(restriction)).resolves.toMatchObject({
      confidentialityCode: 'NORU',
    });
    expect(requests).toBe(2);
  });

  it('can be turned off', async () => {
    const once = createPpsClient({ baseUrl: 'https://ehr.example.test/pps', retry: false });
    fault = { status: 503 };
    await expect(once.searchDiagnosticReports(patient)).rejects.toMatchObject({ status: 503 });
    expect(requests).toBe(1);
  });
});

describe('error bodies', () => {
  it('keeps a plain-text error body', async () => {
    fault = { status: 500, body: 'plain-text' };
    const error = await client.searchDiagnosticReports(patient).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 500,
      outcome: undefined,
      bodyText: expect.stringContaining('Error 500'),
    });
  });

  it('parses an OperationOutcome error body', async () => {
    fault = { status: 500 };
    const error = await client.searchDiagnosticReports(patient).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500, outcome: { issue: [{ code: 'exception' }] } });
  });

  it('reports truncated JSON as PpsResponseError', async () => {
    fault = { truncatedJson: true };
    const error = await client.searchDiagnosticReports(patient).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsResponseError);
    expect(error).toMatchObject({ path: '$', reason: 'the body is not valid JSON' });
  });
});

describe('time limits and aborts', () => {
  it('gives up after timeoutMs with PpsTimeoutError, and does not retry it', async () => {
    fault = { never: true };
    const slow = createPpsClient({ baseUrl: 'https://ehr.example.test/pps', timeoutMs: 50, ...fast });
    const error = await slow.searchDiagnosticReports(patient).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PpsTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50 });
    // On a slow machine the time limit may pass before the request reaches the service: never twice.
    expect(requests).toBeLessThanOrEqual(1);
  });

  it('passes latency through within the time limit', async () => {
    fault = { latencyMs: 30 };
    const result = await createPpsClient({
      baseUrl: 'https://ehr.example.test/pps',
      timeoutMs: 60_000,
    }).searchDiagnosticReports(patient);
    expect(result.matches.length).toBeGreaterThan(0);
  });

  it('rejects with the caller’s abort reason and does not retry', async () => {
    fault = { never: true };
    const controller = new AbortController();
    const pending = client.searchDiagnosticReports(patient, {}, controller.signal);
    // Abort once the request is there, however long that takes.
    await expect.poll(() => requests).toBe(1);
    controller.abort(new DOMException('Patient switched', 'AbortError'));
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: 'AbortError', message: 'Patient switched' });
    expect(requests).toBe(1);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(client.searchDiagnosticReports(patient, {}, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
