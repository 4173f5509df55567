import * as v from 'valibot';
import { validateWith } from '../pps/validate';
import {
  PpsPatientMismatchError,
  PpsResponseError,
  PpsValidationError,
  type ValidationIssue,
} from '../shared/errors';
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

/**
 * The patient guard for PTS, as for PPS and PaRek: every restriction in an answer must name the
 * person asked about, and, when one object was asked about, that object. Another person's
 * restriction shown as this patient's is a patient-safety failure.
 */
function assertRestrictionsAre(
  restrictions: readonly PatientSafetyRestriction[],
  asked: { offId: string; confidentialObjectId?: { type: string; value: string } | undefined },
  correlationId: string,
  path = (index: number) => `[${index}]`,
): void {
  for (const [index, restriction] of restrictions.entries()) {
    const at = path(index);
    if (restriction.patientSafetyObject.person.offId !== asked.offId) {
      throw new PpsPatientMismatchError(`${at}.patientSafetyObject.person.offId`, correlationId);
    }
    const object = restriction.patientSafetyObject.confidentialObjectId;
    const wanted = asked.confidentialObjectId;
    if (wanted && (object.type !== wanted.type || object.value !== wanted.value)) {
      throw new PpsResponseError(
        `${at}.patientSafetyObject.confidentialObjectId`,
        'a restriction on another object than the one asked about',
        correlationId,
      );
    }
  }
}

/** Privacy restrictions carry no person in the documented shape; one that names a person must name this one. */
function assertPrivacyAre(restrictions: readonly unknown[], offId: string, correlationId: string): void {
  for (const [index, restriction] of restrictions.entries()) {
    const named = restriction as { offId?: unknown; person?: { offId?: unknown } };
    const person = named.person?.offId ?? named.offId;
    if (person !== undefined && person !== offId) {
      throw new PpsPatientMismatchError(
        `[${index}].${named.person ? 'person.offId' : 'offId'}`,
        correlationId,
      );
    }
  }
}

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
      const restrictions = validateWith(SafetyListSchema, json, correlationId) as PatientSafetyRestriction[];
      assertRestrictionsAre(restrictions, search, correlationId);
      return restrictions;
    },

    async createPatientSafetyRestriction(restriction, signal) {
      throwIfIssues(checkNewPatientSafetyRestriction(restriction));
      const body = { cause: 'Manual', ...restriction };
      // Creating is not idempotent: never resent after a lost connection.
      const { json, correlationId } = await post(safety, body, false, signal);
      const created = validateWith(SafetySchema, json, correlationId) as PatientSafetyRestriction;
      assertRestrictionsAre(
        [created],
        {
          offId: restriction.patientSafetyObject.person.offId,
          confidentialObjectId: restriction.patientSafetyObject.confidentialObjectId,
        },
        correlationId,
        () => '$',
      );
      return created;
    },

    async associateParent(request, signal) {
      throwIfIssues(checkAssociateParent(request));
      const { json, correlationId } = await post(`${safety}/associate-parent`, request, true, signal);
      const restrictions = validateWith(SafetyListSchema, json, correlationId) as PatientSafetyRestriction[];
      assertRestrictionsAre(restrictions, { offId: request.offId }, correlationId);
      return restrictions;
    },

    async searchPatientPrivacyRestrictions(offId, signal) {
      throwIfIssues(checkPatientSafetySearch({ offId }));
      const { json, correlationId } = await post(
        `${base}/access-restrictions/patient-privacy/_search`,
        { offId },
        true,
        signal,
      );
      const restrictions = validateWith(
        PrivacyListSchema,
        json,
        correlationId,
      ) as PatientPrivacyRestriction[];
      assertPrivacyAre(restrictions, offId, correlationId);
      return restrictions;
    },
  };
}
