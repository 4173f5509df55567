/**
 * What the mock PPS holds for one person, and the FHIR search semantics over it: versions (the
 * latest issued version of each report), references, includes and tag search.
 */
import type {
  Coding,
  NilarDiagnosticReport,
  NilarObservation,
  Reference,
  ResourceBase,
} from '@pps-kit/api-client';

const keyOf = (resource: ResourceBase) => `${resource.resourceType}/${resource.id ?? ''}`;

/** Reference fields per include (`Source:param`), as PPS documents them (pps-api.md §4.3). */
const INCLUDE_PATHS: Record<string, (resource: ResourceBase) => (Reference | undefined)[]> = {
  'DiagnosticReport:based-on': (r) => (r as NilarDiagnosticReport).basedOn ?? [],
  'DiagnosticReport:specimen': (r) => (r as NilarDiagnosticReport).specimen ?? [],
  'DiagnosticReport:result': (r) => (r as NilarDiagnosticReport).result ?? [],
  'DiagnosticReport:performer': (r) => (r as NilarDiagnosticReport).performer ?? [],
  'ServiceRequest:requester': (r) => [(r as { requester?: Reference }).requester],
  'ServiceRequest:specimen': (r) => (r as { specimen?: Reference[] }).specimen ?? [],
  'Observation:has-member': (r) => (r as NilarObservation).hasMember ?? [],
  'Observation:specimen': (r) => [(r as NilarObservation).specimen],
  'Observation:performer': (r) => (r as NilarObservation).performer ?? [],
  'Observation:based-on': (r) => (r as NilarObservation).basedOn ?? [],
};

export const SUPPORTED_INCLUDES = Object.keys(INCLUDE_PATHS);
export const SUPPORTED_REVINCLUDES = ['DiagnosticReport:result'];

/** The Volven list number in a code-system URL or OID, to compare `ehelse.no`, `helsedir.no` and OID forms. */
function listOf(system: string): string {
  return (
    /no-kodeverk-(\d+)/.exec(system)?.[1] ?? /2\.16\.578\.1\.12\.4\.1\.1\.(\d+)$/.exec(system)?.[1] ?? system
  );
}

/** Whether a top-level Observation's tags hold `<system>:<code>` or `<code>`. */
export function hasTag(observation: ResourceBase, query: string): boolean {
  const split = query.lastIndexOf(':');
  const system = split > 0 ? query.slice(0, split) : undefined;
  const code = split > 0 ? query.slice(split + 1) : query;
  return (observation.meta?.tag ?? []).some(
    (tag: Coding) =>
      tag.code === code &&
      (system === undefined || (tag.system !== undefined && listOf(tag.system) === listOf(system))),
  );
}

export class PatientStore {
  private readonly byKey = new Map<string, ResourceBase>();
  private readonly reportVersions = new Map<string, NilarDiagnosticReport[]>();

  constructor(resources: readonly ResourceBase[]) {
    for (const resource of resources) {
      if (resource.resourceType === 'DiagnosticReport') {
        const report = resource as NilarDiagnosticReport;
        const versions = this.reportVersions.get(report.id) ?? [];
        versions.push(report);
        this.reportVersions.set(report.id, versions);
      } else {
        this.byKey.set(keyOf(resource), resource);
      }
    }
    for (const versions of this.reportVersions.values()) {
      versions.sort((a, b) => Date.parse(a.issued ?? '') - Date.parse(b.issued ?? ''));
    }
  }

  /** Each report's latest version issued at or before `now` (every latest version when `now` is undefined). */
  reports(now?: number): NilarDiagnosticReport[] {
    const out: NilarDiagnosticReport[] = [];
    for (const versions of this.reportVersions.values()) {
      const visible =
        now === undefined ? versions : versions.filter((v) => Date.parse(v.issued ?? '') <= now);
      const latest = visible.at(-1);
      if (latest) out.push(latest);
    }
    return out;
  }

  resolve(reference: Reference | undefined): ResourceBase | undefined {
    return reference?.reference ? this.byKey.get(reference.reference) : undefined;
  }

  /** The top-level Observations of `reports` (their `result`), or every Observation in their trees. */
  observations(reports: readonly NilarDiagnosticReport[], wholeTrees: boolean): NilarObservation[] {
    const out: NilarObservation[] = [];
    const walk = (reference: Reference) => {
      const observation = this.resolve(reference) as NilarObservation | undefined;
      if (!observation) return;
      out.push(observation);
      if (wholeTrees) for (const member of observation.hasMember ?? []) walk(member);
    };
    for (const report of reports) for (const reference of report.result ?? []) walk(reference);
    return out;
  }

  /**
   * The resources `_include` / `_include:iterate` / `_revinclude` pull in for `matches`.
   * `visibleReports` are the report versions a reverse include may return.
   */
  includes(
    matches: readonly ResourceBase[],
    spec: { include: string[]; iterate: string[]; revinclude: string[] },
    visibleReports: readonly NilarDiagnosticReport[],
  ): ResourceBase[] {
    const seen = new Set(matches.map(keyOf));
    const included: ResourceBase[] = [];
    const add = (resource: ResourceBase | undefined) => {
      if (!resource || seen.has(keyOf(resource))) return false;
      seen.add(keyOf(resource));
      included.push(resource);
      return true;
    };
    const follow = (resources: readonly ResourceBase[], include: string) => {
      const [type] = include.split(':');
      const path = INCLUDE_PATHS[include];
      let added = false;
      for (const resource of resources) {
        if (resource.resourceType !== type || !path) continue;
        for (const reference of path(resource)) added = add(this.resolve(reference)) || added;
      }
      return added;
    };
    for (const include of spec.include) follow(matches, include);
    if (spec.revinclude.length > 0) {
      // DiagnosticReport:result, the only reverse include PPS documents: the reports whose result
      // points at a matched Observation.
      const wanted = new Set(matches.map(keyOf));
      for (const report of visibleReports) {
        if ((report.result ?? []).some((ref) => ref.reference && wanted.has(ref.reference))) add(report);
      }
    }
    for (let changed = spec.iterate.length > 0; changed; ) {
      changed = false;
      for (const include of spec.iterate) changed = follow([...matches, ...included], include) || changed;
    }
    return included;
  }
}
