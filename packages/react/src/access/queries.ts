'use client';
import { type ConfidentialObjectId, citizenVisibility, type PtsClient } from '@pps-kit/api-client';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { usePpsContext } from '../provider/pps-provider';
import { PPS_QUERY_ROOT, PPS_STALE_TIME } from '../provider/query-client';

/** The patient-safety restrictions PTS holds on one report or requisition. */
export const safetyQuery = (client: PtsClient | undefined, personId: string, object: ConfidentialObjectId) =>
  queryOptions({
    queryKey: [PPS_QUERY_ROOT, personId, 'pts-safety', object.type, object.value] as const,
    staleTime: PPS_STALE_TIME,
    queryFn:
      client && personId !== ''
        ? ({ signal }) =>
            client.searchPatientSafetyRestrictions({ offId: personId, confidentialObjectId: object }, signal)
        : skipToken,
  });

/** The patient's own privacy restrictions. */
const privacyQuery = (client: PtsClient | undefined, personId: string) =>
  queryOptions({
    queryKey: [PPS_QUERY_ROOT, personId, 'pts-privacy'] as const,
    staleTime: PPS_STALE_TIME,
    queryFn:
      client && personId !== ''
        ? ({ signal }) => client.searchPatientPrivacyRestrictions(personId, signal)
        : skipToken,
  });

/**
 * Query option factories of PTS, used by the hooks below and by hosts that prefetch. Keys start
 * with the patient, so a patient switch drops them. Without a PTS client or a patient the query
 * is skipped (`skipToken`).
 */
export const ptsQueries = { safety: safetyQuery, privacy: privacyQuery };

/** The patient-safety restrictions PTS holds on one report or requisition of the open patient. */
export function usePatientSafetyRestrictions(object: ConfidentialObjectId, enabled = true) {
  const { ptsClient, patient, queryClient } = usePpsContext();
  return useQuery({ ...safetyQuery(ptsClient, patient?.personId ?? '', object), enabled }, queryClient);
}

/** When the patient can see one report or requisition on Helsenorge. */
export function useCitizenVisibility(object: ConfidentialObjectId) {
  const query = usePatientSafetyRestrictions(object);
  return { ...query, visibility: query.data ? citizenVisibility(query.data) : undefined };
}

/** The open patient's own privacy restrictions in PTS. */
export function usePatientPrivacyRestrictions() {
  const { ptsClient, patient, queryClient } = usePpsContext();
  return useQuery(privacyQuery(ptsClient, patient?.personId ?? ''), queryClient);
}
