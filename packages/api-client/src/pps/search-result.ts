import { PVK_OUTCOME_SYSTEM, PVK_OUTCOME_SYSTEM_LEGACY } from '../shared/code-systems';
import { PpsResponseError } from '../shared/errors';
import type { Bundle, OperationOutcome, ResourceBase } from '../shared/fhir';

/** Why PPS withheld the patient's data (pps-api.md §6.2). */
export type PvkOutcomeCode = 'Specific' | 'General' | 'Reservation';

const PVK_CODES: readonly string[] = ['Specific', 'General', 'Reservation'] satisfies PvkOutcomeCode[];

/** Included resources, indexed by resource type, then id. */
export type IncludedIndex = Readonly<Record<string, Readonly<Record<string, ResourceBase>>>>;

export interface PpsSearchResult<T extends ResourceBase> {
  /** The hits (`search.mode` = match). */
  matches: T[];
  /** Resources pulled in by `_include` / `_revinclude`. */
  included: IncludedIndex;
  /** OperationOutcome entries (`search.mode` = outcome). */
  outcomes: OperationOutcome[];
  /** Privacy outcomes found, from the current and the legacy code system. Never "no results". */
  privacy: PvkOutcomeCode[];
  /** PPS said it holds no data for the patient (issue code `not-found`). */
  noData: boolean;
  /** `Bundle.total`: the number of matches over all pages, when PPS sent it. */
  total: number | undefined;
  raw: Bundle;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Split a searchset Bundle into matches, includes and outcomes.
 * `matchType` is the resource type the search asked for; a match of another type is an error.
 */
export function toSearchResult<T extends ResourceBase>(
  body: unknown,
  matchType: T['resourceType'],
  correlationId?: string,
): PpsSearchResult<T> {
  const fail = (path: string, reason: string) => new PpsResponseError(path, reason, correlationId);
  if (!isObject(body) || body.resourceType !== 'Bundle') {
    throw fail('$', 'expected a FHIR Bundle');
  }
  if (body.entry !== undefined && !Array.isArray(body.entry)) throw fail('entry', 'expected an array');
  if (body.total !== undefined && typeof body.total !== 'number') throw fail('total', 'expected a number');
  const bundle = body as unknown as Bundle;

  const matches: T[] = [];
  const included: Record<string, Record<string, ResourceBase>> = {};
  const outcomes: OperationOutcome[] = [];
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    const path = `entry[${index}]`;
    const resource: unknown = entry.resource;
    if (!isObject(resource) || typeof resource.resourceType !== 'string') {
      throw fail(`${path}.resource`, 'expected a resource with a resourceType');
    }
    const mode = entry.search?.mode ?? (resource.resourceType === 'OperationOutcome' ? 'outcome' : 'match');
    if (mode === 'outcome' || resource.resourceType === 'OperationOutcome') {
      if (!Array.isArray(resource.issue)) throw fail(`${path}.resource.issue`, 'expected an array');
      outcomes.push(resource as unknown as OperationOutcome);
    } else if (mode === 'match') {
      if (resource.resourceType !== matchType) {
        throw fail(`${path}.resource.resourceType`, `expected ${matchType}, got ${resource.resourceType}`);
      }
      if (typeof resource.id !== 'string') throw fail(`${path}.resource.id`, 'expected a string');
      if (typeof resource.status !== 'string') throw fail(`${path}.resource.status`, 'expected a string');
      matches.push(resource as unknown as T);
    } else {
      if (typeof resource.id !== 'string') throw fail(`${path}.resource.id`, 'expected a string');
      const byId = included[resource.resourceType] ?? {};
      byId[resource.id] = resource as unknown as ResourceBase;
      included[resource.resourceType] = byId;
    }
  }

  const privacy = new Set<PvkOutcomeCode>();
  let noData = false;
  for (const outcome of outcomes) {
    for (const issue of outcome.issue) {
      if (issue.code === 'not-found') noData = true;
      for (const coding of issue.details?.coding ?? []) {
        const known = coding.system === PVK_OUTCOME_SYSTEM || coding.system === PVK_OUTCOME_SYSTEM_LEGACY;
        if (known && coding.code && PVK_CODES.includes(coding.code))
          privacy.add(coding.code as PvkOutcomeCode);
      }
    }
  }

  return {
    matches,
    included,
    outcomes,
    privacy: [...privacy],
    // A privacy outcome is checked before data is looked for; never report it as "no data".
    noData: noData && privacy.size === 0,
    total: bundle.total,
    raw: bundle,
  };
}
