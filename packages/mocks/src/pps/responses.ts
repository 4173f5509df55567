/** FHIR response bodies shaped as PPS sends them (pps-api.md §6). */
import {
  type Bundle,
  type BundleEntry,
  type OperationOutcome,
  PVK_OUTCOME_SYSTEM,
  PVK_OUTCOME_SYSTEM_LEGACY,
  type PvkOutcomeCode,
  type ResourceBase,
} from '@pps-kit/api-client';

const PVK_DISPLAY: Record<PvkOutcomeCode, string> = {
  Specific: 'SpecificBlock',
  General: 'GeneralBlock',
  Reservation: 'Reservation',
};

/** An error OperationOutcome, as PPS answers 400 and 401. */
export const errorOutcome = (code: string, diagnostics: string): OperationOutcome => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code, diagnostics }],
});

/** The outcome entry for hidden data, coded in the current and the legacy system as PPS does. */
export const privacyOutcome = (code: PvkOutcomeCode): OperationOutcome => ({
  resourceType: 'OperationOutcome',
  issue: [
    {
      severity: 'information',
      code: 'suppressed',
      details: {
        coding: [
          { system: PVK_OUTCOME_SYSTEM, code, display: PVK_DISPLAY[code] },
          { system: PVK_OUTCOME_SYSTEM_LEGACY, code, display: PVK_DISPLAY[code] },
        ],
      },
    },
  ],
});

export const notFoundOutcome = (): OperationOutcome => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'information', code: 'not-found', diagnostics: 'No data found for the person' }],
});

export function searchset(init: {
  selfUrl: string;
  total: number;
  matches: readonly ResourceBase[];
  includes?: readonly ResourceBase[];
  outcomes?: readonly OperationOutcome[];
}): Bundle {
  const entry = (resource: ResourceBase, mode: 'match' | 'include' | 'outcome'): BundleEntry => ({
    ...(resource.id ? { fullUrl: `${resource.resourceType}/${resource.id}` } : {}),
    resource,
    search: { mode },
  });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: init.total,
    link: [{ relation: 'self', url: init.selfUrl }],
    entry: [
      ...init.matches.map((resource) => entry(resource, 'match')),
      ...(init.includes ?? []).map((resource) => entry(resource, 'include')),
      ...(init.outcomes ?? []).map((resource) => entry(resource, 'outcome')),
    ],
  };
}
