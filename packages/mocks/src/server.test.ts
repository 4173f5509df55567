/** The standalone mock server over real HTTP: no MSW interception in this file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPpsClient, createPtsClient } from '@pps-kit/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args';
import { patientWithScenario } from './data/patients';
import { describeServer, type RunningMockServer, startMockServer } from './server';
import { PPS_KIT_MESSAGES } from './svarrapport/messages';

// A synthetic D-number, no test patient.
const NEW_PERSON = '70818815156';
let server: RunningMockServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pps-kit-messages-'));
  // A message about a person who is not a test patient, loaded with --messages.
  const first = PPS_KIT_MESSAGES[0] ?? '';
  writeFileSync(
    path.join(dir, 'new-person.xml'),
    first.replace('<OffId>13867410028</OffId>', `<OffId>${NEW_PERSON}</OffId>`),
  );
  server = await startMockServer({ port: 0, messagesDir: dir });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pps-mock-server', () => {
  it('answers PPS searches over HTTP, in backdoor and proxy mode', async () => {
    const gp = patientWithScenario('gp-chemistry').personId;
    const backdoor = createPpsClient({ baseUrl: `${server.url}/fhir`, mode: 'backdoor', retry: false });
    const result = await backdoor.searchDiagnosticReports({ personId: gp }, { _count: 5 });
    expect(result.matches).toHaveLength(5);
    expect(result.total).toBeGreaterThan(40);
    const proxy = createPpsClient({ baseUrl: `${server.url}/api/pps`, retry: false });
    const report = await proxy.getReport({ personId: gp }, result.matches[0]?.id ?? '');
    expect(report.report?.id).toBe(result.matches[0]?.id);
    expect(Object.keys(report.included.Observation ?? {}).length).toBeGreaterThan(0);
    expect((await proxy.metadata()).fhirVersion).toBe('4.0.1');
  });

  it('keeps the privacy outcomes and the refusals', async () => {
    const client = createPpsClient({ baseUrl: `${server.url}/fhir`, retry: false });
    const blocked = await client.searchDiagnosticReports({
      personId: patientWithScenario('general-block').personId,
    });
    expect(blocked.privacy).toEqual(['General']);
    const response = await fetch(`${server.url}/fhir/DiagnosticReport/_search`, { method: 'POST', body: '' });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves the messages loaded with --messages', async () => {
    const client = createPpsClient({ baseUrl: `${server.url}/fhir`, retry: false });
    const result = await client.searchDiagnosticReports({ personId: NEW_PERSON });
    expect(result.matches).toHaveLength(1);
    expect(server.loaded).toEqual([{ personId: NEW_PERSON, reports: 1 }]);
    expect(describeServer(server)).toContain(NEW_PERSON);
  });

  it('keeps PTS state between requests', async () => {
    const pts = createPtsClient({ baseUrl: server.url, retry: false });
    const offId = patientWithScenario('repeat-copies').personId;
    const created = await pts.createPatientSafetyRestriction({
      patientSafetyObject: {
        person: { offId },
        confidentialObjectId: { type: 'Svarrapport', value: '9a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d' },
      },
      confidentialityCode: 'NORN_KUT',
    });
    const found = await pts.searchPatientSafetyRestrictions({ offId });
    expect(found.map((r) => r.id)).toContain(created.id);
  });

  it('answers an unknown route with 404', async () => {
    expect((await fetch(`${server.url}/nothing-here`)).status).toBe(404);
  });

  it('prints the test patients', () => {
    const text = describeServer(server);
    for (const name of ['Miljøgift, Relevant', '04886897869', 'general-block']) expect(text).toContain(name);
  });
});

describe('pps-mock-server arguments', () => {
  it('defaults to 127.0.0.1:4010', () => {
    expect(parseCliArgs([])).toEqual({ port: 4010, host: '127.0.0.1', help: false });
  });
  it('reads --port, --host and --messages', () => {
    expect(parseCliArgs(['--port', '0', '--host', '0.0.0.0', '--messages', '/tmp/x'])).toEqual({
      port: 0,
      host: '0.0.0.0',
      messagesDir: '/tmp/x',
      help: false,
    });
  });
  it('refuses a bad port and unknown options', () => {
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseCliArgs(['--verbose'])).toThrow();
  });
});
