/**
 * The trust-framework attestation ("tillitsrammeverk", `nhn:tillitsrammeverk:parameters`) that an
 * EPJ backend sends to HelseID when it asks for a token: who the clinician is, where they work,
 * why they look at the patient. Wire shape from pps-api.md §10.3 and §13.6; `care_relationship`
 * is the wire spelling (the spec text says `care_relation`).
 */
import { IDENTIFIER_SYSTEM, volvenOid } from '../shared/code-systems';
import { PpsValidationError, type ValidationIssue } from '../shared/errors';
import { parsePersonId } from '../shared/person-id';

export const ATTESTATION_TYPE = 'nhn:tillitsrammeverk:parameters';
/** HL7 v3 PurposeOfUse value set. */
export const PURPOSE_OF_USE_SYSTEM = 'urn:oid:2.16.840.1.113883.1.11.20448';
export const PURPOSES_OF_USE = ['TREAT', 'ETREAT', 'COC', 'BTG'] as const;
export type PurposeOfUse = (typeof PURPOSES_OF_USE)[number];

/** Code lists for the healthcare service (8655, 8663, 8666). */
export const HEALTHCARE_SERVICE_SYSTEMS: readonly string[] = [8655, 8663, 8666].map(
  (l) => `urn:oid:${volvenOid(l)}`,
);

const AUTHORIZATION_SYSTEM = `urn:oid:${volvenOid(9060)}`;
const ORGANISATION_SYSTEMS: readonly string[] = [
  IDENTIFIER_SYSTEM.enh,
  IDENTIFIER_SYSTEM.resh,
  IDENTIFIER_SYSTEM.her,
];

export interface CodeAttr {
  code: string;
  system: string;
  text?: string;
  assigner?: string;
}

export interface IdAttr {
  id: string;
  system: string;
  name?: string;
  authority?: string;
}

/** The attestation, exactly as it goes on the wire. */
export interface TrustFrameworkAttestation {
  type: typeof ATTESTATION_TYPE;
  practitioner: {
    authorization: CodeAttr;
    legal_entity: IdAttr;
    point_of_care: IdAttr;
    department: IdAttr;
    identifier?: IdAttr;
    hpr_nr?: IdAttr;
  };
  care_relationship: {
    healthcare_service: CodeAttr;
    purpose_of_use: CodeAttr;
    purpose_of_use_details: CodeAttr;
    decision_ref: { id: string; user_selected: boolean; description?: string };
  };
  patients: { point_of_care: IdAttr; department: IdAttr; identifier?: IdAttr }[];
}

/** An organisation unit: organisation number (ENH, default), RESH-id or HER-id. */
export interface OrganisationInput {
  id: string;
  /** @default IDENTIFIER_SYSTEM.enh */
  system?: string;
  name?: string;
}

export interface AttestationInput {
  practitioner: {
    /** HPR category, code list 9060 (e.g. `LE` lege, `SP` sykepleier). */
    authorization: string;
    /** The legal entity's organisation number (9 digits). */
    legalEntity: { orgnr: string; name?: string };
    pointOfCare: OrganisationInput;
    department: OrganisationInput;
    hprNumber?: string;
    /** The clinician's own fødselsnummer, when the host sends it. */
    personId?: string;
    name?: string;
  };
  careRelationship: {
    /** Code from list 8655, 8663 or 8666. */
    healthcareService: CodeAttr;
    purposeOfUse: PurposeOfUse;
    /** E.g. `BEHANDLER`, `HENVISNING`, `BLAALYS` (HL7 Norway AuditEvent care relation). */
    purposeOfUseDetails: CodeAttr;
    /** The EPJ's reference to the decision that gives access (the episode, the referral …). */
    decisionRef: { id: string; userSelected: boolean; description?: string };
  };
  patients: { pointOfCare: OrganisationInput; department: OrganisationInput; personId?: string }[];
}

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

function organisation(input: OrganisationInput | undefined, path: string, issues: ValidationIssue[]): IdAttr {
  const system = input?.system ?? IDENTIFIER_SYSTEM.enh;
  if (!input || isBlank(input.id)) {
    issues.push({ path: `${path}.id`, code: 'required', message: 'an id is required' });
  } else if (!ORGANISATION_SYSTEMS.includes(system)) {
    issues.push({
      path: `${path}.system`,
      code: 'invalid',
      message: 'must be the ENH, RESH or HER identifier system',
    });
  } else if (system === IDENTIFIER_SYSTEM.enh && !/^\d{9}$/.test(input.id)) {
    issues.push({ path: `${path}.id`, code: 'invalid', message: 'an organisation number has 9 digits' });
  }
  return { id: input?.id ?? '', system, ...(input?.name ? { name: input.name } : {}) };
}

function code(
  input: CodeAttr | undefined,
  path: string,
  systems: readonly string[] | undefined,
  issues: ValidationIssue[],
) {
  if (!input || isBlank(input.code))
    issues.push({ path: `${path}.code`, code: 'required', message: 'a code is required' });
  if (!input || isBlank(input.system)) {
    issues.push({ path: `${path}.system`, code: 'required', message: 'a code system is required' });
  } else if (systems && !systems.includes(input.system)) {
    issues.push({ path: `${path}.system`, code: 'invalid', message: `must be one of ${systems.join(', ')}` });
  }
  return input ?? { code: '', system: '' };
}

function person(personId: string | undefined, path: string, issues: ValidationIssue[]): IdAttr | undefined {
  if (personId === undefined) return undefined;
  const kind = parsePersonId(personId)?.kind;
  if (!kind) {
    issues.push({ path, code: 'invalid', message: 'not a valid fødselsnummer or D-nummer' });
    return undefined;
  }
  return { id: personId, system: kind === 'dnr' ? IDENTIFIER_SYSTEM.dnr : IDENTIFIER_SYSTEM.fnr };
}

/**
 * Builds and validates the attestation. Throws PpsValidationError listing every missing or wrong
 * field, so the EPJ backend never sends HelseID an attestation it will refuse.
 */
export function buildTrustFrameworkAttestation(input: AttestationInput): TrustFrameworkAttestation {
  const issues: ValidationIssue[] = [];
  const p = input.practitioner;
  const c = input.careRelationship;

  if (isBlank(p?.authorization)) {
    issues.push({
      path: 'practitioner.authorization',
      code: 'required',
      message: 'an HPR category (9060) is required',
    });
  }
  const legalEntity = organisation(
    p?.legalEntity
      ? { id: p.legalEntity.orgnr, ...(p.legalEntity.name ? { name: p.legalEntity.name } : {}) }
      : undefined,
    'practitioner.legalEntity',
    issues,
  );
  const pointOfCare = organisation(p?.pointOfCare, 'practitioner.pointOfCare', issues);
  const department = organisation(p?.department, 'practitioner.department', issues);
  if (p?.hprNumber !== undefined && !/^\d{6,9}$/.test(p.hprNumber)) {
    issues.push({
      path: 'practitioner.hprNumber',
      code: 'invalid',
      message: 'an HPR number has 6 to 9 digits',
    });
  }
  const practitionerId = person(p?.personId, 'practitioner.personId', issues);

  const healthcareService = code(
    c?.healthcareService,
    'careRelationship.healthcareService',
    HEALTHCARE_SERVICE_SYSTEMS,
    issues,
  );
  if (!PURPOSES_OF_USE.includes(c?.purposeOfUse)) {
    issues.push({
      path: 'careRelationship.purposeOfUse',
      code: 'invalid',
      message: `must be one of ${PURPOSES_OF_USE.join(', ')}`,
    });
  }
  const details = code(c?.purposeOfUseDetails, 'careRelationship.purposeOfUseDetails', undefined, issues);
  if (!c?.decisionRef || isBlank(c.decisionRef.id)) {
    issues.push({
      path: 'careRelationship.decisionRef.id',
      code: 'required',
      message: 'a decision reference is required',
    });
  }
  if (c?.decisionRef && typeof c.decisionRef.userSelected !== 'boolean') {
    issues.push({
      path: 'careRelationship.decisionRef.userSelected',
      code: 'required',
      message: 'true or false',
    });
  }

  if (!Array.isArray(input.patients) || input.patients.length === 0) {
    issues.push({ path: 'patients', code: 'required', message: 'at least one patient' });
  }
  const patients = (input.patients ?? []).map((patient, index) => {
    const identifier = person(patient.personId, `patients[${index}].personId`, issues);
    return {
      point_of_care: organisation(patient.pointOfCare, `patients[${index}].pointOfCare`, issues),
      department: organisation(patient.department, `patients[${index}].department`, issues),
      ...(identifier ? { identifier } : {}),
    };
  });

  if (issues.length > 0) throw new PpsValidationError(issues);

  return {
    type: ATTESTATION_TYPE,
    practitioner: {
      authorization: { code: p.authorization, system: AUTHORIZATION_SYSTEM },
      legal_entity: legalEntity,
      point_of_care: pointOfCare,
      department,
      ...(practitionerId ? { identifier: { ...practitionerId, ...(p.name ? { name: p.name } : {}) } } : {}),
      ...(p.hprNumber ? { hpr_nr: { id: p.hprNumber, system: IDENTIFIER_SYSTEM.hpr } } : {}),
    },
    care_relationship: {
      healthcare_service: healthcareService,
      purpose_of_use: { code: c.purposeOfUse, system: PURPOSE_OF_USE_SYSTEM },
      purpose_of_use_details: details,
      decision_ref: {
        id: c.decisionRef.id,
        user_selected: c.decisionRef.userSelected,
        ...(c.decisionRef.description ? { description: c.decisionRef.description } : {}),
      },
    },
    patients,
  };
}
