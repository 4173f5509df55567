/**
 * A standalone mock of PPS, PTS and PaRek over real HTTP, for EPJ back ends in any language
 * (.NET, Java …). The same handlers as the MSW mocks answer; nothing is intercepted.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ResourceBase } from '@pps-kit/api-client';
import { getResponse } from 'msw';
import { getDefaultDataset } from './data/dataset';
import { documentedTestPersons, type TestPatient, testPatients } from './data/patients';
import { createMockHandlers, type MockOptions } from './handlers';
import { errorOutcome } from './pps/responses';
import { svarrapporterToResources } from './svarrapport/versions';

export interface MockServerOptions {
  /** @default 4010; 0 picks a free port */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** A folder of Svarrapport XML files to serve beside the default dataset. */
  messagesDir?: string | undefined;
  /** Options for the handlers (faults, clocks, other data). */
  mock?: MockOptions;
}

export interface RunningMockServer {
  /** `http://127.0.0.1:4010` */
  url: string;
  port: number;
  /** People who have data from `messagesDir`, with how many reports each. */
  loaded: { personId: string; reports: number }[];
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-expose-headers': 'retry-after',
};

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function loadMessages(dir: string): Promise<Record<string, ResourceBase[]>> {
  const files = (await readdir(dir)).filter((file) => /\.xml$/i.test(file)).sort();
  const messages = await Promise.all(files.map((file) => readFile(path.join(dir, file))));
  return svarrapporterToResources(messages);
}

/** Starts the mock services on `host:port`. */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const host = options.host ?? '127.0.0.1';
  const extra = options.messagesDir ? await loadMessages(options.messagesDir) : {};
  const base = options.mock?.pps?.resources ?? getDefaultDataset();
  const resources: Record<string, readonly ResourceBase[]> = { ...base };
  for (const [personId, list] of Object.entries(extra))
    resources[personId] = [...(resources[personId] ?? []), ...list];
  const handlers = createMockHandlers({ ...options.mock, pps: { ...options.mock?.pps, resources } });

  const server = createServer(async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    try {
      if (incoming.method === 'OPTIONS') {
        outgoing.writeHead(204, CORS).end();
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
      const request = new Request(`http://${incoming.headers.host ?? host}${incoming.url ?? '/'}`, {
        method: incoming.method ?? 'GET',
        headers,
        ...(hasBody ? { body: new Uint8Array(await readBody(incoming)) } : {}),
      });
      const response = await getResponse(handlers, request);
      if (!response) {
        outgoing
          .writeHead(404, { ...CORS, 'content-type': 'application/fhir+json' })
          .end(
            JSON.stringify(
              errorOutcome('not-found', `No mock answers ${request.method} ${new URL(request.url).pathname}`),
            ),
          );
        return;
      }
      if (response.type === 'error') {
        incoming.socket.destroy(); // a "network error" fault: drop the connection
        return;
      }
      outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), ...CORS });
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      outgoing
        .writeHead(500, { ...CORS, 'content-type': 'text/plain; charset=utf-8' })
        .end(`Mock server error: ${String(error)}`);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    loaded: Object.entries(extra).map(([personId, list]) => ({
      personId,
      reports: new Set(list.filter((r) => r.resourceType === 'DiagnosticReport').map((r) => r.id)).size,
    })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // requests held open by a "never answers" fault end too
      }),
  };
}

const patientLine = (p: TestPatient) =>
  `  ${p.personId}  ${`${p.name.family}, ${p.name.given}`.padEnd(22)} ${p.scenario}`;

/** What the server prints on start: where it listens, and who the test patients are. */
export function describeServer(running: RunningMockServer): string {
  const lines = [
    `pps-kit mock server on ${running.url}`,
    `  PPS     ${running.url}/fhir (backdoor headers) · ${running.url}/api/pps (proxy headers) · add /v2 for DPoP`,
    `  PTS     ${running.url}/v0.5/access-restrictions/patient-safety · /access-restrictions/patient-privacy`,
    `  PaRek   ${running.url}/v1/ServiceRequest/_search · /v1/Specimen/_search`,
    '',
    'Test patients (synthetic):',
    ...testPatients.map(patientLine),
    '',
    'NHN’s documented test persons:',
    ...documentedTestPersons.map(patientLine),
  ];
  if (running.loaded.length > 0) {
    lines.push('', 'From --messages:');
    for (const { personId, reports } of running.loaded) lines.push(`  ${personId}  ${reports} report(s)`);
  }
  return lines.join('\n');
}
