/**
 * MSW handlers that answer like PPS (../shared/domain/pps-api.md §3–6, §13.8): POST form searches
 * with the patient in headers, privacy outcomes instead of data, the includes, paging with
 * `_count`/`_skip`/`total` and self/next/previous links a client can follow (GET, or POST with the
 * link's query), v2 DPoP proofs checked as HelseID checks them, and selectable faults.
 */
import {
  isDateOnly,
  isValidPersonId,
  type NilarDiagnosticReport,
  osloDayEnd,
  osloInstant,
  type ResourceBase,
} from '@pps-kit/api-client';
import { http, type RequestHandler } from 'msw';
import { getDefaultDataset, type MockResources } from '../data/dataset';
import { type TestPatient, testPatients } from '../data/patients';
import { checkDpopProof } from '../shared/dpop';
import { createFaultPlayer, type FaultOption, jsonResponse } from '../shared/faults';
import { capabilityStatement } from './capability';
import { errorOutcome, notFoundOutcome, privacyOutcome, searchset } from './responses';
import { hasTag, PatientStore, SUPPORTED_INCLUDES, SUPPORTED_REVINCLUDES } from './store';

export interface PpsMockOptions {
  /**
   * Where the mock answers. The default `*` answers on any origin and prefix, so the same handlers
   * serve a proxy path (`/api/pps`), the Test backdoor (`/fhir`) and `/v2`.
   * @default '*'
   */
  baseUrl?: string;
  /** Who exists and which privacy scenario applies. @default testPatients */
  patients?: readonly TestPatient[];
  /** Resources per person; several DiagnosticReports with one id are versions. @default the default dataset */
  resources?: MockResources;
  /** Only versions issued at or before this time are visible (to replay preliminary → final → amended). */
  now?: (() => Date | undefined) | undefined;
  /** A fault to play on every request, or a function that picks one per request. */
  fault?: FaultOption;
}

/** Correlation-id header names PPS accepts (pps-api.md §5.3); header lookup is case-insensitive. */
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

const isElevated = (accessBasis: string | null) => accessBasis?.startsWith('FORHOYET_') ?? false;

/** A FHIR date or dateTime with one of the prefixes the mock supports, as a search value. */
const DATE_FILTER =
  /^(?:eq|ne|lt|gt|le|ge)?(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** Whether `filter` is a date search value PPS would take: a real calendar date, a known prefix. */
function isDateFilter(filter: string): boolean {
  const match = DATE_FILTER.exec(filter);
  if (!match) return false;
  const [, year = '', month = '01', day = '01'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/**
 * FHIR date search: a date (`2026-11-01`) covers its whole Oslo day (FHIR leaves a date's zone
 * to the server; a Norwegian service's day is Oslo's), a dateTime one instant; the prefix
 * compares the resource's time with that interval.
 */
function matchesDate(effective: string | undefined, filter: string): boolean {
  const match = /^(eq|ne|lt|gt|le|ge)?(.+)$/.exec(filter);
  const prefix = match?.[1] ?? 'eq';
  const value = match?.[2] ?? '';
  const start = osloInstant(value);
  const time = osloInstant(effective ?? '');
  if (Number.isNaN(start) || Number.isNaN(time)) return false;
  const end = isDateOnly(value) ? osloDayEnd(value) + 1 : start + 1;
  switch (prefix) {
    case 'lt':
      return time < start;
    case 'le':
      return time < end;
    case 'gt':
      return time >= end;
    case 'ge':
      return time >= start;
    case 'ne':
      return time < start || time >= end;
    default:
      return time >= start && time < end;
  }
}

/** Form values, with repeated keys and comma lists both accepted. */
const listOf = (form: URLSearchParams, key: string) =>
  form
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

const byEffectiveDesc = (a: ResourceBase, b: ResourceBase) =>
  Date.parse((b as { effectiveDateTime?: string }).effectiveDateTime ?? '') -
  Date.parse((a as { effectiveDateTime?: string }).effectiveDateTime ?? '');

export function createPpsHandlers(options: PpsMockOptions = {}): RequestHandler[] {
  const base = (options.baseUrl ?? '*').replace(/\/+$/, '');
  const patients = options.patients ?? testPatients;
  const stores = new Map<string, PatientStore>();
  const storeFor = (personId: string) => {
    let store = stores.get(personId);
    if (!store) {
      store = new PatientStore((options.resources ?? getDefaultDataset())[personId] ?? []);
      stores.set(personId, store);
    }
    return store;
  };
  const play = createFaultPlayer(options.fault);

  const usedJtis = new Set<string>();
  /** Why a v2 request's DPoP is refused, or `undefined`. */
  const dpopRefusal = async (request: Request) => {
    const auth = /^DPoP (\S+)$/.exec(request.headers.get('authorization') ?? '');
    const proof = request.headers.get('dpop');
    if (!auth?.[1] || !proof) return 'v2 requires Authorization: DPoP <token> and a DPoP proof';
    const checked = await checkDpopProof(proof, {
      method: request.method,
      url: request.url,
      accessToken: auth[1],
    });
    if ('problem' in checked) return `Invalid DPoP proof: ${checked.problem}`;
    if (usedJtis.has(checked.jti)) return 'Invalid DPoP proof: its jti was used before';
    usedJtis.add(checked.jti);
    return undefined;
  };

  const search =
    (resourceType: 'DiagnosticReport' | 'Observation') =>
    async ({ request }: { request: Request }) => {
      const fault = await play();
      if ('respond' in fault) return fault.respond;
      const url = new URL(request.url);
      const headers = request.headers;
      const fail = (status: number, code: string, text: string) =>
        jsonResponse(errorOutcome(code, text), { status });

      if (url.pathname.includes('/v2/')) {
        const refusal = await dpopRefusal(request);
        if (refusal) return fail(401, 'login', refusal);
      }
      const personId = headers.get('person-id') ?? headers.get('x-nilar-patient');
      if (!personId) return fail(400, 'required', 'The person-id header is required');
      // A person id loaded with the host's own messages is answered as loaded (NILAR's sample
      // messages carry a 5-digit H-nummer and a 10-digit fødselsnummer); any other must be valid.
      if (!isValidPersonId(personId) && !(options.resources && personId in options.resources)) {
        return fail(400, 'invalid', 'person-id is not a valid fødselsnummer, D-nummer or hjelpenummer');
      }
      const isPatient = (params: URLSearchParams) =>
        params.has('person-id') || params.has('patient') || params.has('subject');
      if (isPatient(url.searchParams)) {
        return fail(400, 'invalid', 'The patient goes in the person-id header, never in the URL');
      }
      // FHIR combines a search's query and body parameters: a followed link is its query, sent
      // again as GET, or as POST with or without a body.
      const form = new URLSearchParams(url.searchParams);
      if (request.method === 'POST') {
        if (!CORRELATION_HEADERS.some((name) => headers.get(name))) {
          return fail(400, 'required', 'A correlation-id header is required on requests with a body');
        }
        const text = await request.text();
        if (text && !(headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded')) {
          return fail(400, 'invalid', 'The body must be application/x-www-form-urlencoded');
        }
        const body = new URLSearchParams(text);
        if (isPatient(body)) {
          return fail(400, 'invalid', 'The patient goes in the person-id header, never in the body');
        }
        for (const key of new Set(body.keys())) {
          form.delete(key);
          for (const value of body.getAll(key)) form.append(key, value);
        }
      }
      const include = listOf(form, '_include');
      const iterate = listOf(form, '_include:iterate');
      const revinclude = [...listOf(form, '_revinclude'), ...listOf(form, '_revinclude:iterate')];
      const unsupported = [...include, ...iterate].find((value) => !SUPPORTED_INCLUDES.includes(value));
      if (unsupported) return fail(400, 'not-supported', `Unsupported include: ${unsupported}`);
      if (resourceType === 'DiagnosticReport' && revinclude.length > 0) {
        return fail(400, 'not-supported', '_revinclude does not apply to DiagnosticReport');
      }
      const badRev = revinclude.find((value) => !SUPPORTED_REVINCLUDES.includes(value));
      if (badRev) return fail(400, 'not-supported', `Unsupported revinclude: ${badRev}`);
      const count = Number(form.get('_count') ?? 50);
      const skip = Number(form.get('_skip') ?? 0);
      if (!Number.isInteger(count) || count < 0 || !Number.isInteger(skip) || skip < 0) {
        return fail(400, 'invalid', '_count and _skip must be non-negative integers');
      }

      const badDate = form.getAll('date').find((value) => !isDateFilter(value));
      if (badDate !== undefined) {
        return fail(
          400,
          'invalid',
          `date must be a FHIR date or dateTime with eq, ne, lt, gt, le or ge: ${badDate}`,
        );
      }

      const accessBasis = headers.get('access-basis') ?? headers.get('x-nilar-access-basis');
      const patient = patients.find((p) => p.personId === personId);
      const selfUrl = `${url.origin}${url.pathname}?${form.toString()}`;
      const empty = (outcome: ReturnType<typeof notFoundOutcome>) =>
        jsonResponse(searchset({ selfUrl, total: 0, matches: [], outcomes: [outcome] }), {
          truncate: fault.truncate,
        });

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
          // "Using either [elevated value] when no additional data would be returned will cause the
          // request to fail." (pps-api.md §5.4)
          if (isElevated(accessBasis)) {
            return fail(400, 'forbidden', 'An elevated access-basis was used where nothing is restricted');
          }
      }

      const store = storeFor(personId);
      const now = options.now?.()?.getTime();
      const reports = store.reports(now);
      const id = form.get('_id');
      const identifier = form.get('identifier');
      const tags = resourceType === 'Observation' ? [...listOf(form, '_tag'), ...listOf(form, '_tags')] : [];
      const candidates: ResourceBase[] =
        resourceType === 'DiagnosticReport'
          ? reports
          : store.observations(reports, Boolean(id || identifier));
      const matches = candidates
        .filter((r) => !id || r.id === id)
        .filter(
          (r) =>
            !identifier ||
            ((r as { identifier?: { value?: string }[] }).identifier ?? []).some(
              (i) => i.value === identifier,
            ),
        )
        .filter((r) => tags.length === 0 || tags.some((tag) => hasTag(r, tag)))
        .filter((r) =>
          form.getAll('date').every((d) => matchesDate((r as NilarDiagnosticReport).effectiveDateTime, d)),
        )
        .sort(byEffectiveDesc);
      if (matches.length === 0) return empty(notFoundOutcome());

      const page = matches.slice(skip, skip + count);
      const includes = store.includes(page, { include, iterate, revinclude }, reports);
      const link = (at: number) => {
        const next = new URLSearchParams(form);
        next.set('_skip', String(at));
        next.set('_count', String(count));
        return `${url.origin}${url.pathname}?${next.toString()}`;
      };
      const bundle = searchset({ selfUrl, total: matches.length, matches: page, includes });
      if (skip + count < matches.length) bundle.link?.push({ relation: 'next', url: link(skip + count) });
      if (skip > 0) bundle.link?.push({ relation: 'previous', url: link(Math.max(0, skip - count)) });
      return jsonResponse(bundle, { truncate: fault.truncate });
    };

  return [
    http.get(`${base}/metadata`, async () => {
      const fault = await play();
      if ('respond' in fault) return fault.respond;
      return jsonResponse(capabilityStatement, { truncate: fault.truncate });
    }),
    ...(['DiagnosticReport', 'Observation'] as const).flatMap((type) => [
      http.post(`${base}/${type}/_search`, search(type)),
      http.get(`${base}/${type}/_search`, search(type)),
    ]),
  ];
}
