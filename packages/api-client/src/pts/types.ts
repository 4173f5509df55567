/**
 * PTS (Personvern og tilgangsstyring) access restrictions. Field names as NHN documents them
 * (../shared/domain/pps-api.md §8); type names are ours.
 */

export type ConfidentialObjectType = 'Rekvisisjon' | 'Svarrapport';

export interface ConfidentialObjectId {
  type: ConfidentialObjectType;
  /** The object's id (a UUID). */
  value: string;
}

/** The codes of code list 9603 that deny the citizen's access for ever; PTS sets the delay to year 9999. */
export const WITHHOLD_CODES = [
  'NORN_FFL',
  'NORN_KUT',
  'NORN_EPO',
  'NORN_ALL',
  'NORN_FOR',
  'NORN_FFH',
  'NORN_FPB',
  'NORN_DUP',
  'NORN_ANG',
] as const;

/**
 * Code list 9603. `N` normal; `NORU` delayed citizen access (needs a delay); the `NORN_*` codes
 * (WITHHOLD_CODES) withhold the object for ever (PTS sets the delay to year 9999).
 */
export type ConfidentialityCode = 'N' | 'NORU' | (typeof WITHHOLD_CODES)[number] | (string & {});

export type RestrictionCause = 'Manual' | 'Automated' | 'Derived' | 'Undefined';

/** A restriction set by health personnel that delays or denies the citizen's own access to an object. */
export interface PatientSafetyRestriction {
  id?: string;
  patientSafetyObject: { person: { offId: string }; confidentialObjectId: ConfidentialObjectId };
  parentConfidentialObjectId?: ConfidentialObjectId;
  confidentialityCode: ConfidentialityCode;
  /** Days of delay; requisitions only. */
  delayDays?: number;
  /** Visible to the citizen from this time (ISO 8601). */
  delayDeliveryUntil?: string;
  delayFromTime?: string;
  cause?: RestrictionCause;
  createdBy?: unknown;
  createdTime?: string;
}

/** What `createPatientSafetyRestriction` sends: exactly one delay, unless the code forbids one. */
export type NewPatientSafetyRestriction = Omit<PatientSafetyRestriction, 'id' | 'createdBy' | 'createdTime'>;

export interface PatientSafetySearch {
  offId: string;
  confidentialObjectId?: ConfidentialObjectId;
  parentConfidentialObjectId?: ConfidentialObjectId;
  /** Leave out restrictions whose `delayDeliveryUntil` has passed. */
  ApplicableOnly?: boolean;
}

export interface AssociateParentRequest {
  offId: string;
  /** The Svarrapport. */
  confidentialObjectId: ConfidentialObjectId;
  /** The Rekvisisjon it answers. */
  parentConfidentialObjectId: ConfidentialObjectId;
}

/** A restriction the patient (or personnel on the patient's behalf) set on health personnel's access. */
export interface PatientPrivacyRestriction {
  id?: string;
  /** Shield (skjerming, set by health personnel) or Block (sperring, set by the patient). */
  privacyType: 'Shield' | 'Block' | (string & {});
  /** Soft can be bypassed in an emergency; Hard cannot. */
  privacyLevel: 'Soft' | 'Hard' | (string & {});
  restrictionDomain: 'PPS' | (string & {});
  objectScope: { type: 'All' | (string & {}); [field: string]: unknown };
  /** Which personnel; sub-fields are not documented (pps-api.md Q13) and are kept as sent. */
  subjectScope: { type: 'Specified' | (string & {}); [field: string]: unknown };
  timeRanges?: { from?: string; to?: string }[];
}
