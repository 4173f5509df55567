import * as v from 'valibot';
import { validateWith } from '../pps/validate';
import { IDENTIFIER_SYSTEM } from '../shared/code-systems';
import { PpsValidationError } from '../shared/errors';
import { assertSubjectIs } from '../shared/patient-guard';
import { parsePersonId } from '../shared/person-id';
import { newCorrelationId, requestJson, type TransportConfig } from '../shared/transport';
import type { ParekServiceRequest, ParekSpecimen } from './types';

export interface ParekClientConfig extends TransportConfig {
  /** The EPJ's proxy in front of PaRek. */
  baseUrl: string;
  /** Path version, `{base}/{apiVersion}/ServiceRequest`. @default 'v1' */
  apiVersion?: string | undefined;
  /** Sent as `nhn-source-system`, when set. */
  sourceSystem?: string | undefined;
}

export interface ParekSearchResult<T> {
  matches: T[];
  /** Other resources in the Bundle (e.g. Specimens), by type and id. */
  included: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  total: number | undefined;
}

export interface ParekClient {
  readonly config: Readonly<ParekClientConfig>;
  /** The patient's requisitions. `status` narrows them (e.g. `['active']`). */
  searchServiceRequests(
    personId: string,
    params?: { status?: string[] },
    signal?: AbortSignal,
  ): Promise<ParekSearchResult<ParekServiceRequest>>;
  /** The patient's specimens, optionally only those taken for one requisition. */
  searchSpecimens(
    personId: string,
    params?: { requestId?: string },
    signal?: AbortSignal,
  ): Promise<ParekSearchResult<ParekSpecimen>>;
  readServiceRequest(id: string, signal?: AbortSignal): Promise<ParekServiceRequest>;
  readSpecimen(id: string, signal?: AbortSignal): Promise<ParekSpecimen>;
}

const obj = v.looseObject;
const str = v.string();
const ReferenceSchema = obj({
  reference: v.optional(str),
  display: v.optional(str),
  identifier: v.optional(obj({ system: v.optional(str), value: v.optional(str) })),
});

const ServiceRequestSchema = obj({
  resourceType: v.literal('ServiceRequest'),
  id: str,
  status: v.picklist(['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown']),
  intent: str,
  subject: ReferenceSchema,
  orderDetail: v.optional(
    v.array(
      obj({
        parameterFocus: v.optional(obj({})),
        parameter: v.array(obj({ code: obj({}) })),
      }),
    ),
  ),
  occurrencePeriod: v.optional(obj({ start: v.optional(str), end: v.optional(str) })),
  authoredOn: v.optional(str),
});

const SpecimenSchema = obj({
  resourceType: v.literal('Specimen'),
  id: str,
  subject: v.optional(ReferenceSchema),
  collection: v.optional(obj({ collectedDateTime: v.optional(str) })),
  request: v.optional(v.array(ReferenceSchema)),
});

const BundleSchema = obj({
  resourceType: v.literal('Bundle'),
  total: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  entry: v.optional(
    v.array(
      obj({
        resource: obj({ resourceType: str, id: v.optional(str) }),
        search: v.optional(obj({ mode: v.optional(str) })),
      }),
    ),
  ),
});

/** The system PaRek expects for the person: D-number, felles hjelpenummer or fødselsnummer. */
function personSystem(personId: string): string {
  const kind = parsePersonId(personId)?.kind;
  if (!kind) {
    throw new PpsValidationError([{ path: 'personId', code: 'invalid', message: 'not a valid person id' }]);
  }
  return kind === 'dnr'
    ? IDENTIFIER_SYSTEM.dnr
    : kind === 'fhnr'
      ? IDENTIFIER_SYSTEM.fhnr
      : IDENTIFIER_SYSTEM.fnr;
}

/**
 * A typed client for PaRek, through the EPJ's backend proxy. Searches are POSTed as a form
 * (`{type}/_search`) so that the patient's id never appears in a URL, where proxies log it; PaRek's
 * full route set is not published (pps-api.md Q15), and FHIR allows both.
 */
export function createParekClient(config: ParekClientConfig): ParekClient {
  const base = `${config.baseUrl.replace(/\/+$/, '')}/${config.apiVersion ?? 'v1'}`;

  const headers = (eventId: string, extra: Record<string, string> = {}) => ({
    accept: 'application/fhir+json',
    'nhn-event-id': eventId,
    ...(config.sourceSystem ? { 'nhn-source-system': config.sourceSystem } : {}),
    ...extra,
  });

  async function search<
    T extends { resourceType: string; subject?: { identifier?: { value?: string; system?: string } } },
  >(
    type: 'ServiceRequest' | 'Specimen',
    schema: v.GenericSchema<unknown, unknown>,
    personId: string,
    form: URLSearchParams,
    signal: AbortSignal | undefined,
  ): Promise<ParekSearchResult<T>> {
    form.set('subject:identifier', `${personSystem(personId)}|${personId}`);
    const eventId = newCorrelationId();
    const json = await requestJson(config, {
      method: 'POST',
      url: `${base}/${type}/_search`,
      headers: headers(eventId, { 'content-type': 'application/x-www-form-urlencoded' }),
      body: form.toString(),
      correlationId: eventId,
      idempotent: true,
      signal,
    });
    const bundle = validateWith(BundleSchema, json, eventId);
    const matches: T[] = [];
    const included: Record<string, Record<string, unknown>> = {};
    for (const [index, entry] of (bundle.entry ?? []).entries()) {
      const resource = entry.resource;
      const path = `entry[${index}].resource`;
      if (resource.resourceType === type && (entry.search?.mode ?? 'match') === 'match') {
        const typed = validateWith(schema, resource, eventId) as T;
        assertSubjectIs(typed.subject, personId, path, eventId);
        matches.push(typed);
      } else if (resource.id) {
        included[resource.resourceType] = { ...included[resource.resourceType], [resource.id]: resource };
      }
    }
    return { matches, included, total: bundle.total };
  }

  async function read<T>(
    type: string,
    schema: v.GenericSchema<unknown, unknown>,
    id: string,
    signal?: AbortSignal,
  ) {
    const eventId = newCorrelationId();
    const json = await requestJson(config, {
      method: 'GET',
      url: `${base}/${type}/${encodeURIComponent(id)}`,
      headers: headers(eventId),
      correlationId: eventId,
      idempotent: true,
      signal,
    });
    return validateWith(schema, json, eventId) as T;
  }

  return {
    config,
    searchServiceRequests: (personId, params = {}, signal) =>
      search<ParekServiceRequest>(
        'ServiceRequest',
        ServiceRequestSchema,
        personId,
        new URLSearchParams(params.status?.length ? { status: params.status.join(',') } : {}),
        signal,
      ),
    searchSpecimens: (personId, params = {}, signal) =>
      search<ParekSpecimen>(
        'Specimen',
        SpecimenSchema,
        personId,
        new URLSearchParams(params.requestId ? { request: `ServiceRequest/${params.requestId}` } : {}),
        signal,
      ),
    readServiceRequest: (id, signal) =>
      read<ParekServiceRequest>('ServiceRequest', ServiceRequestSchema, id, signal),
    readSpecimen: (id, signal) => read<ParekSpecimen>('Specimen', SpecimenSchema, id, signal),
  };
}
