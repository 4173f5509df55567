/**
 * MSW handlers for PaRek (FHIR R5), with state in memory: a requisition created here is found by
 * the next search. Every request must carry `nhn-event-id` (pps-api.md §9.2).
 */
import {
  PAREK_REQUESTER_UUID_SYSTEM,
  type ParekServiceRequest,
  type ParekSpecimen,
} from '@pps-kit/api-client';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { errorOutcome } from '../pps/responses';
import { createFaultPlayer, type FaultOption, jsonResponse } from '../shared/faults';
import { defaultParekDataset, type ParekDataset } from './data';

export interface ParekMockOptions {
  /** @default '*' (any origin and prefix, e.g. `/api/parek/v1`) */
  baseUrl?: string;
  /** @default the default PaRek dataset */
  data?: ParekDataset;
  fault?: FaultOption;
}

type Subjected = { id: string; subject?: { identifier?: { value?: string; system?: string } } };

function bundle(resources: readonly { id: string; resourceType: string }[]) {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    entry: resources.map((resource) => ({
      fullUrl: `${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

export function createParekHandlers(options: ParekMockOptions = {}): RequestHandler[] {
  const base = (options.baseUrl ?? '*').replace(/\/+$/, '');
  const initial = options.data ?? defaultParekDataset();
  const requests: ParekServiceRequest[] = initial.serviceRequests.map((r) => structuredClone(r));
  const specimens: ParekSpecimen[] = initial.specimens.map((s) => structuredClone(s));
  const play = createFaultPlayer(options.fault);
  const fail = (status: number, code: string, text: string) =>
    jsonResponse(errorOutcome(code, text), { status });

  /** Checks the event id and plays the fault; a Response means "answer this". */
  async function guard(request: Request): Promise<Response | { truncate: boolean }> {
    const fault = await play();
    if ('respond' in fault) return fault.respond;
    if (!request.headers.get('nhn-event-id'))
      return fail(400, 'required', 'The nhn-event-id header is required');
    return fault;
  }

  /** `subject:identifier=<system>|<value>` from a form body. */
  function subjectOf(form: URLSearchParams): string | undefined {
    const value = form.get('subject:identifier') ?? '';
    const bar = value.lastIndexOf('|');
    return bar >= 0 ? value.slice(bar + 1) : value || undefined;
  }

  const search = <T extends Subjected & { resourceType: string }>(
    type: 'ServiceRequest' | 'Specimen',
    all: () => T[],
    filter: (resource: T, form: URLSearchParams) => boolean,
  ) =>
    http.post(`${base}/${type}/_search`, async ({ request }) => {
      const guarded = await guard(request);
      if (guarded instanceof Response) return guarded;
      const form = new URLSearchParams(await request.text());
      const personId = subjectOf(form);
      if (!personId) return fail(400, 'required', 'Search by subject:identifier');
      const found = all().filter((r) => r.subject?.identifier?.value === personId && filter(r, form));
      return jsonResponse(bundle(found), { truncate: guarded.truncate });
    });

  const read = <T extends { id: string }>(type: string, all: () => T[]) =>
    http.get(`${base}/${type}/:id`, async ({ request, params }) => {
      const guarded = await guard(request);
      if (guarded instanceof Response) return guarded;
      const found = all().find((r) => r.id === params.id);
      return found
        ? jsonResponse(found, { truncate: guarded.truncate })
        : fail(404, 'not-found', `${type}/${String(params.id)} does not exist`);
    });

  return [
    search(
      'ServiceRequest',
      () => requests,
      (r, form) => {
        const statuses = form.get('status')?.split(',').filter(Boolean);
        return !statuses?.length || statuses.includes(r.status);
      },
    ),
    search(
      'Specimen',
      () => specimens,
      (s, form) => {
        const wanted = form.get('request');
        return !wanted || (s.request ?? []).some((ref) => ref.reference === wanted);
      },
    ),
    read('ServiceRequest', () => requests),
    read('Specimen', () => specimens),
    http.post(`${base}/ServiceRequest`, async ({ request }) => {
      const guarded = await guard(request);
      if (guarded instanceof Response) return guarded;
      const body = (await request.json().catch(() => undefined)) as ParekServiceRequest | undefined;
      if (body?.resourceType !== 'ServiceRequest') return fail(400, 'invalid', 'Expected a ServiceRequest');
      const uuid = body.identifier?.find((i) => i.system === PAREK_REQUESTER_UUID_SYSTEM)?.value;
      if (!uuid)
        return fail(400, 'required', `An identifier with system ${PAREK_REQUESTER_UUID_SYSTEM} is required`);
      if (!body.subject?.identifier?.value) return fail(400, 'required', 'subject.identifier is required');
      // The requester-defined UUID makes creation idempotent: the same UUID returns the first request.
      const existing = requests.find((r) =>
        r.identifier?.some((i) => i.system === PAREK_REQUESTER_UUID_SYSTEM && i.value === uuid),
      );
      if (existing) return HttpResponse.json(existing, { status: 200 });
      const created = { ...body, id: crypto.randomUUID() };
      requests.push(created);
      return HttpResponse.json(created, { status: 201 });
    }),
  ];
}
