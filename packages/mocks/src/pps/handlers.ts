/**
 * MSW handlers that answer like PPS: POST form searches with the patient in headers, privacy
 * outcomes instead of data for blocked or reserved patients, paging with _count/_skip.
 * Source: ../shared/domain/pps-api.md §4–6, §13.8.
 */
import type { NilarDiagnosticReport, ResourceBase } from '@pps-kit/api-client';
import { HttpResponse, http, type JsonBodyType, type RequestHandler } from 'msw';
import { type MockPatient, mockPatients } from '../data/patients';
import { mockResources } from '../data/reports';
import { errorOutcome, notFoundOutcome, privacyOutcome, searchset } from './responses';

export interface PpsMockOptions {
  /**
   * Where the mock answers. The default `*` answers on any origin and path prefix, so the same
   * handlers serve a proxy path (`/api/pps`), the Test backdoor (`/fhir`) and `/v2`.
   * @default '*'
   */
  baseUrl?: string;
  /** @default mockPatients */
  patients?: readonly MockPatient[];
  /** Resources per fødselsnummer. @default mockResources */
  resources?: Readonly<Record<string, readonly ResourceBase[]>>;
}

/** Correlation-id header names PPS accepts (pps-api.md §5.3), case-insensitive. */
const CORRELATION_HEADERS = [
  'correlation-id',
  'x-nilar-correlation-id',
  'cid',
  'traceparent',
  'correlationid',
  'correlation',
  'x-correlation-id',
  'x-correlationid',
  'x-correlation',
  'x-request-id',
  'x-requestid',
  'x-request',
];

const json = (body: JsonBodyType, status = 200) =>
  HttpResponse.json(body, { status, headers: { 'content-type': 'application/fhir+json' } });

const isElevated = (accessBasis: string | null) => accessBasis?.startsWith('FORHOYET_') ?? false;

function matchesDate(effective: string | undefined, filter: string): boolean {
  if (!effective) return false;
  const match = /^(eq|ne|lt|gt|le|ge)?(.+)$/.exec(filter);
  const prefix = match?.[1] ?? 'eq';
  const bound = Date.parse(match?.[2] ?? '');
  const time = Date.parse(effective);
  if (Number.isNaN(bound)) return false;
  switch (prefix) {
    case 'lt':
      return time < bound;
    case 'le':
      return time <= bound;
    case 'gt':
      return time > bound;
    case 'ge':
      return time >= bound;
    case 'ne':
      return effective.slice(0, 10) !== (match?.[2] ?? '').slice(0, 10);
    default:
      return effective.startsWith(match?.[2] ?? '');
  }
}

export function createPpsHandlers(options: PpsMockOptions = {}): RequestHandler[] {
  const base = (options.baseUrl ?? '*').replace(/\/+$/, '');
  const patients = options.patients ?? mockPatients;
  const resources = options.resources ?? mockResources;

  return [
    http.post(`${base}/DiagnosticReport/_search`, async ({ request }) => {
      const url = new URL(request.url);
      const headers = request.headers;
      if (url.pathname.includes('/v2/')) {
        const auth = headers.get('authorization') ?? '';
        if (!auth.startsWith('DPoP ') || !headers.get('dpop')) {
          return json(errorOutcome('login', 'v2 requires Authorization: DPoP and a DPoP proof'), 401);
        }
      }
      const personId = headers.get('person-id') ?? headers.get('x-nilar-patient');
      if (!personId) return json(errorOutcome('required', 'The person-id header is required'), 400);
      if (!CORRELATION_HEADERS.some((name) => headers.get(name))) {
        return json(errorOutcome('required', 'A correlation-id header is required'), 400);
      }
      if (!(headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded')) {
        return json(errorOutcome('invalid', 'The body must be application/x-www-form-urlencoded'), 400);
      }
      const form = new URLSearchParams(await request.text());
      const accessBasis = headers.get('access-basis') ?? headers.get('x-nilar-access-basis');
      const patient = patients.find((p) => p.personId === personId);
      const empty = (outcome: ReturnType<typeof notFoundOutcome>) =>
        json(searchset({ selfUrl: request.url, total: 0, matches: [], outcomes: [outcome] }));

      // PPS asks the privacy service before it looks for data (pps-api.md §6.3).
      switch (patient?.scenario) {
        case 'reservation':
          return empty(privacyOutcome('Reservation'));
        case 'specific-block':
          return empty(privacyOutcome('Specific'));
        case 'general-block':
          if (!isElevated(accessBasis)) return empty(privacyOutcome('General'));
          break;
        default:
          // "Using either [elevated value] when no additional data would be returned will cause
          // the request to fail." (pps-api.md §5.4)
          if (isElevated(accessBasis)) {
            return json(
              errorOutcome('forbidden', 'An elevated access-basis was used where no data is restricted'),
              400,
            );
          }
      }

      const all = resources[personId] ?? [];
      const reports = all
        .filter((r): r is NilarDiagnosticReport => r.resourceType === 'DiagnosticReport')
        .filter((r) => !form.get('_id') || r.id === form.get('_id'))
        .filter((r) => form.getAll('date').every((d) => matchesDate(r.effectiveDateTime, d)))
        .sort((a, b) => (b.effectiveDateTime ?? '').localeCompare(a.effectiveDateTime ?? ''));
      if (reports.length === 0) return empty(notFoundOutcome());

      const count = Number(form.get('_count') ?? 50);
      const skip = Number(form.get('_skip') ?? 0);
      if (!Number.isInteger(count) || count < 0 || !Number.isInteger(skip) || skip < 0) {
        return json(errorOutcome('invalid', '_count and _skip must be non-negative integers'), 400);
      }
      const page = reports.slice(skip, skip + count);
      const includes = form.getAll('_include').flatMap((value) => value.split(','));
      const included = includes.includes('DiagnosticReport:result')
        ? page.flatMap((report) => {
            const ids = new Set((report.result ?? []).map((ref) => ref.reference));
            return all.filter((r) => ids.has(`${r.resourceType}/${r.id}`));
          })
        : [];
      return json(
        searchset({ selfUrl: request.url, total: reports.length, matches: page, includes: included }),
      );
    }),
  ];
}

/** The default handlers: every service pps-kit mocks, on any origin. */
export const handlers: RequestHandler[] = createPpsHandlers();
