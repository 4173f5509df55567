import { PVK_OUTCOME_SYSTEM, PVK_OUTCOME_SYSTEM_LEGACY } from '../shared/code-systems';
import { PpsResponseError } from '../shared/errors';
import type { Bundle, OperationOutcome, Reference, ResourceBase } from '../shared/fhir';
import { assertSubjectIs } from '../shared/patient-guard';

/** Why PPS withheld the patient's data (pps-api.md §6.2). */
export type PvkOutcomeCode = 'Specific' | 'General' | 'Reservation';

const PVK_CODES: readonly string[] = ['Specific', 'General', 'Reservation'] satisfies PvkOutcomeCode[];

/** Included resources, indexed by resource type, then id: `included.ServiceRequest?.[id]`. */
export type IncludedIndex = Readonly<Record<string, Readonly<Record<string, ResourceBase>>>>;

export interface PpsSearchResult<T extends ResourceBase> {
  /** The hits (`search.mode` = match). */
  matches: T[];
  /** Resources pulled in by `_include` / `_revinclude`, by type and id. */
  included: IncludedIndex;
  /** OperationOutcome entries (`search.mode` = outcome). */
  outcomes: OperationOutcome[];
  /** Privacy outcomes found, from the current and the legacy code system. Hidden data is never "no results". */
  privacy: PvkOutcomeCode[];
  /** Nothing matched and no privacy outcome applies (PPS answers `not-found`, or an empty page). */
  noData: boolean;
  /** `Bundle.total`: matches over all pages, when PPS sent it. */
  total: number | undefined;
  /** The validated Bundle (for one page; for a merged result, the first page's). */
  raw: Bundle;
}

/**
 * Splits a validated searchset Bundle into matches, includes and outcomes, after checking that
 * every resource is about `personId`. `matchType` is the resource type the search asked for.
 */
export function toSearchResult<T extends ResourceBase>(
  bundle: Bundle,
  matchType: T['resourceType'],
  personId: string,
  correlationId?: string,
): PpsSearchResult<T> {
  const matches: T[] = [];
  const included: Record<string, Record<string, ResourceBase>> = {};
  const outcomes: OperationOutcome[] = [];

  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    const path = `entry[${index}].resource`;
    const resource = entry.resource;
    if (!resource) throw new PpsResponseError(path, 'expected a resource', correlationId);
    if (resource.resourceType === 'OperationOutcome') {
      outcomes.push(resource as OperationOutcome);
      continue;
    }
    const subject = (resource as { subject?: Reference }).subject;
    // Specimen.subject is optional in FHIR; every other NILAR resource with a subject must name the patient.
    if (
      subject !== undefined ||
      ['DiagnosticReport', 'Observation', 'ServiceRequest'].includes(resource.resourceType)
    ) {
      assertSubjectIs(subject, personId, path, correlationId);
    }
    const mode = entry.search?.mode ?? (resource.resourceType === matchType ? 'match' : 'include');
    if (mode === 'match') {
      if (resource.resourceType !== matchType) {
        throw new PpsResponseError(
          `${path}.resourceType`,
          `expected ${matchType}, got ${resource.resourceType}`,
          correlationId,
        );
      }
      matches.push(resource as T);
    } else if (resource.id !== undefined) {
      const byId = included[resource.resourceType] ?? {};
      byId[resource.id] = resource;
      included[resource.resourceType] = byId;
    }
  }

  const privacy = new Set<PvkOutcomeCode>();
  for (const outcome of outcomes) {
    for (const issue of outcome.issue) {
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
    // No matches and no privacy outcome: PPS says `not-found` or sends an empty page. PPS checks
    // privacy before it looks for data (pps-api.md §6.3), so hidden data is never "no data".
    noData: privacy.size === 0 && matches.length === 0,
    total: bundle.total,
    raw: bundle,
  };
}

/** Several pages of one search as one result: matches in page order, includes and outcomes merged. */
export function mergeSearchResults<T extends ResourceBase>(
  pages: readonly PpsSearchResult<T>[],
): PpsSearchResult<T> {
  const [first] = pages;
  if (!first) throw new Error('mergeSearchResults needs at least one page');
  const seen = new Set<string>();
  const matches: T[] = [];
  const included: Record<string, Record<string, ResourceBase>> = {};
  const outcomes: OperationOutcome[] = [];
  const privacy = new Set<PvkOutcomeCode>();
  for (const page of pages) {
    for (const match of page.matches) {
      const key = match.id ?? '';
      if (key && seen.has(key)) continue; // a report that moved between pages while paging
      seen.add(key);
      matches.push(match);
    }
    for (const [type, byId] of Object.entries(page.included)) included[type] = { ...included[type], ...byId };
    outcomes.push(...page.outcomes);
    for (const code of page.privacy) privacy.add(code);
  }
  return {
    matches,
    included,
    outcomes,
    privacy: [...privacy],
    noData: pages.every((page) => page.noData),
    total: first.total,
    raw: first.raw,
  };
}
