import * as v from 'valibot';
import { validateWith } from '../pps/validate';
import { PpsValidationError, type ValidationIssue } from '../shared/errors';
import { newCorrelationId, requestJson, type TransportConfig } from '../shared/transport';
import type {
  AssociateParentRequest,
  NewPatientSafetyRestriction,
  PatientPrivacyRestriction,
  PatientSafetyRestriction,
  PatientSafetySearch,
} from './types';
import { checkAssociateParent, checkNewPatientSafetyRestriction, checkPatientSafetySearch } from './validate';

export interface PtsClientConfig extends TransportConfig {
  /** The EPJ's proxy in front of PTS, or e.g. `https://api.test.pts.nhn.no` behind one. */
  baseUrl: string;
  /** Path version of the patient-safety routes. @default 'v0.5' */
  patientSafetyVersion?: string | undefined;
}

export interface PtsClient {
  readonly config: Readonly<PtsClientConfig>;
  /** `POST /v0.5/access-restrictions/patient-safety/_search`. */
  searchPatientSafetyRestrictions(
    search: PatientSafetySearch,
    signal?: AbortSignal,
  ): Promise<PatientSafetyRestriction[]>;
  /** `POST /v0.5/access-restrictions/patient-safety`. Validated first; throws PpsValidationError with field issues. */
  createPatientSafetyRestriction(
    restriction: NewPatientSafetyRestriction,
    signal?: AbortSignal,
  ): Promise<PatientSafetyRestriction>;
  /** `POST /v0.5/access-restrictions/patient-safety/associate-parent`: ties a Svarrapport to its Rekvisisjon. */
  associateParent(request: AssociateParentRequest, signal?: AbortSignal): Promise<PatientSafetyRestriction[]>;
  /** `POST /access-restrictions/patient-privacy/_search`: the patient's own restrictions (read-only here). */
  searchPatientPrivacyRestrictions(offId: string, signal?: AbortSignal): Promise<PatientPrivacyRestriction[]>;
}

const obj = v.looseObject;
const ObjectIdSchema = obj({ type: v.string(), value: v.string() });

const SafetySchema = obj({
  id: v.optional(v.string()),
  patientSafetyObject: obj({ person: obj({ offId: v.string() }), confidentialObjectId: ObjectIdSchema }),
  parentConfidentialObjectId: v.optional(ObjectIdSchema),
  confidentialityCode: v.string(),
  delayDays: v.optional(v.number()),
  delayDeliveryUntil: v.optional(v.string()),
  delayFromTime: v.optional(v.string()),
  cause: v.optional(v.picklist(['Manual', 'Automated', 'Derived', 'Undefined'])),
  createdTime: v.optional(v.string()),
});

const PrivacySchema = obj({
  id: v.optional(v.string()),
  privacyType: v.string(),
  privacyLevel: v.string(),
  restrictionDomain: v.string(),
  objectScope: obj({ type: v.string() }),
  subjectScope: obj({ type: v.string() }),
  timeRanges: v.optional(v.array(obj({ from: v.optional(v.string()), to: v.optional(v.string()) }))),
});

/** A search answers with a JSON array (our reading; the wire shape is not published). */
const SafetyListSchema = v.array(SafetySchema);
const PrivacyListSchema = v.array(PrivacySchema);

const throwIfIssues = (issues: ValidationIssue[]) => {
  if (issues.length > 0) throw new PpsValidationError(issues);
};

/** A typed client for PTS access restrictions, through the EPJ's backend proxy. */
export function createPtsClient(config: PtsClientConfig): PtsClient {
  const base = config.baseUrl.replace(/\/+$/, '');
  const safety = `${base}/${config.patientSafetyVersion ?? 'v0.5'}/access-restrictions/patient-safety`;

  async function post(url: string, body: unknown, idempotent: boolean, signal: AbortSignal | undefined) {
    const correlationId = newCorrelationId();
    return {
      correlationId,
      json: await requestJson(config, {
        method: 'POST',
        url,
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'x-correlation-id': correlationId,
        },
        body: JSON.stringify(body),
        correlationId,
        idempotent,
        signal,
      }),
    };
  }

  return {
    config,

    async searchPatientSafetyRestrictions(search, signal) {
      throwIfIssues(checkPatientSafetySearch(search));
      const { json, correlationId } = await post(`${safety}/_search`, search, true, signal);
      return validateWith(SafetyListSchema, json, correlationId) as PatientSafetyRestriction[];
    },

    async createPatientSafetyRestriction(restriction, signal) {
      throwIfIssues(checkNewPatientSafetyRestriction(restriction));
      const body = { cause: 'Manual', ...restriction };
      // Creating is not idempotent: never resent after a lost connection.
      const { json, correlationId } = await post(safety, body, false, signal);
      return validateWith(SafetySchema, json, correlationId) as PatientSafetyRestriction;
    },

    async associateParent(request, signal) {
      throwIfIssues(checkAssociateParent(request));
      const { json, correlationId } = await post(`${safety}/associate-parent`, request, true, signal);
      return validateWith(SafetyListSchema, json, correlationId) as PatientSafetyRestriction[];
    },

    async searchPatientPrivacyRestrictions(offId, signal) {
      throwIfIssues(checkPatientSafetySearch({ offId }));
      const { json, correlationId } = await post(
        `${base}/access-restrictions/patient-privacy/_search`,
        { offId },
        true,
        signal,
      );
      return validateWith(PrivacyListSchema, json, correlationId) as PatientPrivacyRestriction[];
    },
  };
}
