import { PVK_OUTCOME_SYSTEM, PVK_OUTCOME_SYSTEM_LEGACY } from '../shared/code-systems';
import { PpsOutcomeError, type PpsPagingError, PpsResponseError } from '../shared/errors';
import type { Bundle, OperationOutcome, Reference, ResourceBase } from '../shared/fhir';
import { assertSubjectIs } from '../shared/patient-guard';

/** Why PPS withheld the patient's data (pps-api.md §6.2). */
export type PvkOutcomeCode = 'Specific' | 'General' | 'Reservation';

const PVK_CODES: readonly string[] = ['Specific', 'General', 'Reservation'] satisfies PvkOutcomeCode[];

/** What keeps data from view: a privacy outcome from PPS, or no data at all. */
export type PrivacyOutcome = PvkOutcomeCode | 'no-data';

/** Most restrictive first: a reservation, then a specific block, then a general one. */
const RESTRICTIVENESS: readonly PvkOutcomeCode[] = ['Reservation', 'Specific', 'General'];

/** The outcome to explain: the most restrictive privacy code wins; none means no data. */
export function privacyOutcome(codes: readonly PvkOutcomeCode[]): PrivacyOutcome {
  return RESTRICTIVENESS.find((code) => codes.includes(code)) ?? (codes.length > 0 ? 'General' : 'no-data');
}

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
  /**
   * Outcome codes that may mean data is withheld but are not one of the three PVK codes:
   * `suppressed`, a PVK code this version does not know, any other issue code but `not-found`
   * and `informational`, or an error beside matches. A view says "some data may be hidden"
   * and names them; never "no results".
   */
  hidden: string[];
  /** Nothing matched, and no outcome says data is hidden (PPS answers `not-found`, or an empty page). */
  noData: boolean;
  /** `Bundle.total`: matches over all pages, when PPS sent it. */
  total: number | undefined;
  /**
   * Paging stopped before every page was in (`searchAllDiagnosticReports`): the matches are the
   * pages loaded before the problem, and there are at least `incomplete.atLeast` reports.
   */
  incomplete?: PpsPagingError | undefined;
  /** The validated Bundle (for one page; for a merged result, the first page's). */
  raw: Bundle;
}

/** Issue codes that say nothing is withheld: `not-found` is how PPS says "no data" (pps-api.md §6.3). */
const BENIGN_ISSUE_CODES: readonly string[] = ['not-found', 'informational'];

const isPvkSystem = (system: string | undefined) =>
  system === PVK_OUTCOME_SYSTEM || system === PVK_OUTCOME_SYSTEM_LEGACY;

/**
 * What the outcomes say, issue by issue: a known PVK code is a privacy outcome; an unknown PVK
 * code, an issue code that is not benign, or an error beside data may hide data; an error or
 * fatal issue with no data at all is a failed search.
 */
function readOutcomes(
  outcomes: readonly OperationOutcome[],
  hasMatches: boolean,
  correlationId: string | undefined,
): { privacy: PvkOutcomeCode[]; hidden: string[] } {
  const privacy = new Set<PvkOutcomeCode>();
  const hidden = new Set<string>();
  const errors: string[] = [];
  for (const outcome of outcomes) {
    for (const issue of outcome.issue) {
      const pvk = (issue.details?.coding ?? []).filter((coding) => isPvkSystem(coding.system));
      const known = pvk.filter((coding) => PVK_CODES.includes(coding.code as string));
      for (const coding of known) privacy.add(coding.code as PvkOutcomeCode);
      for (const coding of pvk) if (!known.includes(coding)) hidden.add(coding.code ?? issue.code);
      if (pvk.length > 0) continue;
      if (issue.severity === 'error' || issue.severity === 'fatal') errors.push(issue.code);
      else if (!BENIGN_ISSUE_CODES.includes(issue.code)) hidden.add(issue.code);
    }
  }
  if (errors.length > 0) {
    // An error with no data is a failed search, never "no results"; beside data, some may be missing.
    if (!hasMatches && privacy.size === 0) throw new PpsOutcomeError(errors, correlationId);
    for (const code of errors) hidden.add(code);
  }
  return { privacy: [...privacy], hidden: [...hidden] };
}

/**
 * Whether `resource` repeats one of `earlier` (same type and id). An exact copy is the same
 * resource sent twice; a different resource under the same id would silently replace or hide
 * one of them, so it is an error.
 */
function isRepeat(
  earlier: ResourceBase | undefined,
  resource: ResourceBase,
  path: string,
  correlationId?: string,
): boolean {
  if (earlier === undefined) return false;
  if (JSON.stringify(earlier) === JSON.stringify(resource)) return true;
  throw new PpsResponseError(
    `${path}.id`,
    `two different ${resource.resourceType} resources share the id ${resource.id}`,
    correlationId,
  );
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
  const matchById = new Map<string, ResourceBase>();
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
      const earlier = matchById.get(resource.id as string);
      if (!isRepeat(earlier, resource, path, correlationId)) matches.push(resource as T);
      if (resource.id !== undefined) matchById.set(resource.id, resource);
    } else if (resource.id !== undefined) {
      const byId = included[resource.resourceType] ?? {};
      if (!isRepeat(byId[resource.id], resource, path, correlationId)) byId[resource.id] = resource;
      included[resource.resourceType] = byId;
    }
  }

  const { privacy, hidden } = readOutcomes(outcomes, matches.length > 0, correlationId);

  return {
    matches,
    included,
    outcomes,
    privacy,
    hidden,
    // No matches and nothing hidden: PPS says `not-found` or sends an empty page. PPS checks
    // privacy before it looks for data (pps-api.md §6.3), so hidden data is never "no data".
    noData: privacy.length === 0 && hidden.length === 0 && matches.length === 0,
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
  const matches: T[] = [];
  const matchById = new Map<string, ResourceBase>();
  const included: Record<string, Record<string, ResourceBase>> = {};
  const outcomes: OperationOutcome[] = [];
  const privacy = new Set<PvkOutcomeCode>();
  const hidden = new Set<string>();
  for (const [index, page] of pages.entries()) {
    const path = `page[${index}]`;
    for (const match of page.matches) {
      // A report that moved between pages while paging comes twice: shown once, if it is the same.
      const earlier = matchById.get(match.id as string);
      if (!isRepeat(earlier, match, `${path}.${match.resourceType}/${match.id}`)) matches.push(match);
      if (match.id !== undefined) matchById.set(match.id, match);
    }
    for (const [type, byId] of Object.entries(page.included)) {
      const merged = { ...included[type] };
      for (const [id, resource] of Object.entries(byId)) {
        if (!isRepeat(merged[id], resource, `${path}.${type}/${id}`)) merged[id] = resource;
      }
      included[type] = merged;
    }
    outcomes.push(...page.outcomes);
    for (const code of page.privacy) privacy.add(code);
    for (const code of page.hidden) hidden.add(code);
  }
  return {
    matches,
    included,
    outcomes,
    privacy: [...privacy],
    hidden: [...hidden],
    noData: pages.every((page) => page.noData),
    total: first.total,
    raw: first.raw,
  };
}
