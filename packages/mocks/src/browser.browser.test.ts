/**
 * `createMockWorker()` in a browser: it answers as the mock PPS, and says nothing in the console
 * by default, for MSW would log each request's headers and body, and they carry the patient's
 * fødselsnummer.
 */
import { createPpsClient } from '@pps-kit/api-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockWorker } from './browser';
import { patientWithScenario } from './index';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'group', 'groupCollapsed'] as const;

function spyConsole() {
  const spies = METHODS.map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
  return () => spies.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(' ')));
}

describe('createMockWorker', () => {
  const patient = patientWithScenario('gp-chemistry');
  const pps = createPpsClient({ baseUrl: '/api/pps', retry: false });
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    vi.restoreAllMocks();
  });

  it('answers with the patient’s reports and logs nothing by default', async () => {
    const said = spyConsole();
    const worker = createMockWorker();
    await worker.start({ onUnhandledRequest: 'bypass' });
    stop = () => worker.stop();
    const result = await pps.searchDiagnosticReports({ personId: patient.personId });
    expect(result.matches.length).toBeGreaterThan(0);
    expect(said()).toEqual([]);
  });

  it('logs each request when the host asks for it, which is why it is off by default', async () => {
    const said = spyConsole();
    const worker = createMockWorker();
    await worker.start({ quiet: false, onUnhandledRequest: 'bypass' });
    stop = () => worker.stop();
    await pps.searchDiagnosticReports({ personId: patient.personId });
    await vi.waitFor(() => expect(said().join('\n')).toMatch(/DiagnosticReport/));
  });
});
