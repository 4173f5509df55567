import {
  type AttestationInput,
  buildTrustFrameworkAttestation,
  HEALTHCARE_SERVICE_SYSTEMS,
  type TrustFrameworkAttestation,
} from '@pps-kit/api-client';

/** A synthetic clinician the demo can sign in as. Numbers are synthetic test values. */
export interface Clinician {
  id: string;
  name: string;
  /** HPR number. */
  hpr: string;
  /** HPR category, code list 9060. */
  role: 'LE' | 'SP' | 'BI';
  organisation: { orgnr: string; name: string };
  department: { orgnr: string; name: string };
}

export const CLINICIANS: readonly Clinician[] = [
  {
    id: 'gp',
    name: 'Kari Klinikersen',
    hpr: '4128168',
    role: 'LE',
    organisation: { orgnr: '990123456', name: 'Fjordbyen legekontor AS' },
    department: { orgnr: '990123457', name: 'Fjordbyen legekontor, legesenteret' },
  },
  {
    id: 'hospital',
    name: 'Ola Overlege',
    hpr: '565501872',
    role: 'LE',
    organisation: { orgnr: '983974678', name: 'Fjordbyen sykehus HF' },
    department: { orgnr: '974795787', name: 'Medisinsk klinikk, akuttmottak' },
  },
  {
    id: 'nurse',
    name: 'Siri Sykepleier',
    hpr: '9144889',
    role: 'SP',
    organisation: { orgnr: '983974678', name: 'Fjordbyen sykehus HF' },
    department: { orgnr: '974795779', name: 'Medisinsk sengepost' },
  },
];

/**
 * The trust-framework attestation the EPJ backend would send to HelseID for this clinician and
 * patient: treating the patient (TREAT), as the patient's doctor or nurse. The healthcare-service
 * codes are demo values: our domain notes do not list code lists 8655/8663/8666.
 */
export function attestationFor(
  clinician: Clinician,
  personId: string | undefined,
): TrustFrameworkAttestation {
  const department = { id: clinician.department.orgnr, name: clinician.department.name };
  const input: AttestationInput = {
    practitioner: {
      authorization: clinician.role,
      legalEntity: clinician.organisation,
      pointOfCare: { id: clinician.organisation.orgnr, name: clinician.organisation.name },
      department,
      hprNumber: clinician.hpr,
      name: clinician.name,
    },
    careRelationship: {
      healthcareService: {
        code: clinician.id === 'gp' ? 'S03' : 'S01',
        system: HEALTHCARE_SERVICE_SYSTEMS[0] as string,
        text: clinician.id === 'gp' ? 'Allmennlegetjenester' : 'Somatiske spesialisthelsetjenester',
      },
      purposeOfUse: 'TREAT',
      purposeOfUseDetails: {
        code: 'BEHANDLER',
        system: 'urn:AuditEventHL7Norway/CareRelation',
        text: 'Behandler',
      },
      decisionRef: { id: 'demo-episode-1', userSelected: false, description: 'Pågående konsultasjon' },
    },
    patients: personId
      ? [
          {
            pointOfCare: { id: clinician.organisation.orgnr },
            department: { id: clinician.department.orgnr },
            personId,
          },
        ]
      : [],
  };
  return buildTrustFrameworkAttestation(input);
}
