'use client';
import {
  type ConfidentialObjectId,
  citizenVisibility,
  type PatientPrivacyRestriction,
  type PatientSafetyRestriction,
} from '@pps-kit/api-client';
import { useQuery } from '@tanstack/react-query';
import { usePpsContext } from '../provider/pps-provider';
import { PPS_QUERY_ROOT } from '../provider/query-client';

/** Query keys of the PTS views; they start with the patient, so a patient switch drops them. */
export const ptsKeys = {
  safety: (personId: string, object: ConfidentialObjectId) =>
    [PPS_QUERY_ROOT, personId, 'pts-safety', object.type, object.value] as const,
  privacy: (personId: string) => [PPS_QUERY_ROOT, personId, 'pts-privacy'] as const,
};

/** The patient-safety restrictions PTS holds on one report or requisition of the open patient. */
export function usePatientSafetyRestrictions(object: ConfidentialObjectId, enabled = true) {
  const { ptsClient, patient, queryClient } = usePpsContext();
  const personId = patient?.personId ?? '';
  return useQuery<PatientSafetyRestriction[]>(
    {
      queryKey: ptsKeys.safety(personId, object),
      queryFn: ({ signal }) =>
        (ptsClient as NonNullable<typeof ptsClient>).searchPatientSafetyRestrictions(
          { offId: personId, confidentialObjectId: object },
          signal,
        ),
      enabled: enabled && ptsClient !== undefined && personId !== '',
    },
    queryClient,
  );
}

/** When the patient can see one report or requisition on Helsenorge. */
export function useCitizenVisibility(object: ConfidentialObjectId) {
  const query = usePatientSafetyRestrictions(object);
  return { ...query, visibility: query.data ? citizenVisibility(query.data) : undefined };
}

/** The open patient's own privacy restrictions in PTS. */
export function usePatientPrivacyRestrictions() {
  const { ptsClient, patient, queryClient } = usePpsContext();
  const personId = patient?.personId ?? '';
  return useQuery<PatientPrivacyRestriction[]>(
    {
      queryKey: ptsKeys.privacy(personId),
      queryFn: ({ signal }) =>
        (ptsClient as NonNullable<typeof ptsClient>).searchPatientPrivacyRestrictions(personId, signal),
      enabled: ptsClient !== undefined && personId !== '',
    },
    queryClient,
  );
}
