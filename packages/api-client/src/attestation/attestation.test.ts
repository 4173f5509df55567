import { describe, expect, it } from 'vitest';
import { IDENTIFIER_SYSTEM } from '../shared/code-systems';
import { PpsValidationError } from '../shared/errors';
import {
  type AttestationInput,
  buildTrustFrameworkAttestation,
  HEALTHCARE_SERVICE_SYSTEMS,
  PURPOSE_OF_USE_SYSTEM,
} from './attestation';

const input: AttestationInput = {
  practitioner: {
    authorization: 'LE',
    legalEntity: { orgnr: '999999999', name: 'Fjordbyen legekontor AS' },
    pointOfCare: { id: '999999998', name: 'Fjordbyen legekontor' },
    department: { id: '4200001', system: IDENTIFIER_SYSTEM.resh, name: 'Allmennlegetjenesten' },
    hprNumber: '4128168',
  },
  careRelationship: {
    healthcareService: {
      code: 'S03',
      system: 'urn:oid:2.16.578.1.12.4.1.1.8655',
      text: 'Allmennlegetjenester',
    },
    purposeOfUse: 'TREAT',
    purposeOfUseDetails: { code: 'BEHANDLER', system: 'urn:AuditEventHL7Norway/CareRelation' },
    decisionRef: { id: 'konsultasjon-2026-11-25-0915', userSelected: false },
  },
  patients: [
    {
      pointOfCare: { id: '999999998' },
      department: { id: '4200001', system: IDENTIFIER_SYSTEM.resh },
      personId: '13867410028',
    },
  ],
};

describe('buildTrustFrameworkAttestation', () => {
  it('writes the wire format HelseID expects', () => {
    const attestation = buildTrustFrameworkAttestation(input);
    expect(attestation).toEqual({
      type: 'nhn:tillitsrammeverk:parameters',
      practitioner: {
        authorization: { code: 'LE', system: 'urn:oid:2.16.578.1.12.4.1.1.9060' },
        legal_entity: { id: '999999999', system: IDENTIFIER_SYSTEM.enh, name: 'Fjordbyen legekontor AS' },
        point_of_care: { id: '999999998', system: IDENTIFIER_SYSTEM.enh, name: 'Fjordbyen legekontor' },
        department: { id: '4200001', system: IDENTIFIER_SYSTEM.resh, name: 'Allmennlegetjenesten' },
        hpr_nr: { id: '4128168', system: IDENTIFIER_SYSTEM.hpr },
      },
      care_relationship: {
        healthcare_service: {
          code: 'S03',
          system: 'urn:oid:2.16.578.1.12.4.1.1.8655',
          text: 'Allmennlegetjenester',
        },
        purpose_of_use: { code: 'TREAT', system: PURPOSE_OF_USE_SYSTEM },
        purpose_of_use_details: { code: 'BEHANDLER', system: 'urn:AuditEventHL7Norway/CareRelation' },
        decision_ref: { id: 'konsultasjon-2026-11-25-0915', user_selected: false },
      },
      patients: [
        {
          point_of_care: { id: '999999998', system: IDENTIFIER_SYSTEM.enh },
          department: { id: '4200001', system: IDENTIFIER_SYSTEM.resh },
          identifier: { id: '13867410028', system: IDENTIFIER_SYSTEM.fnr },
        },
      ],
    });
    expect(JSON.stringify(attestation)).toContain('"care_relationship"');
  });

  it('lists every missing or wrong field at once', () => {
    const broken = {
      ...input,
      practitioner: { ...input.practitioner, authorization: '', legalEntity: { orgnr: '12345' } },
      careRelationship: {
        ...input.careRelationship,
        purposeOfUse: 'SHOPPING',
        healthcareService: { code: 'S03', system: 'urn:oid:1.2.3' },
        decisionRef: { id: ' ', userSelected: true },
      },
      patients: [
        { ...input.patients[0], personId: '13867410029', department: { id: '1', system: 'urn:oid:9' } },
      ],
    } as unknown as AttestationInput;
    const error = (() => {
      try {
        buildTrustFrameworkAttestation(broken);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PpsValidationError);
    expect((error as PpsValidationError).issues.map((i) => i.path)).toEqual([
      'practitioner.authorization',
      'practitioner.legalEntity.id',
      'careRelationship.healthcareService.system',
      'careRelationship.purposeOfUse',
      'careRelationship.decisionRef.id',
      'patients[0].personId',
      'patients[0].department.system',
    ]);
  });

  it('needs at least one patient', () => {
    expect(() => buildTrustFrameworkAttestation({ ...input, patients: [] })).toThrow(
      /patients: at least one patient/,
    );
  });
});

describe('buildTrustFrameworkAttestation: every field it refuses, and why', () => {
  type Change = (draft: AttestationInput) => void;
  const issuesOf = (change: Change) => {
    const draft = structuredClone(input);
    change(draft);
    try {
      buildTrustFrameworkAttestation(draft);
    } catch (error) {
      expect(error).toBeInstanceOf(PpsValidationError);
      return (error as PpsValidationError).issues;
    }
    return [];
  };
  const drop = <T extends object>(target: T, key: keyof T) => {
    delete target[key];
  };
  const REQUIRED_ID = { code: 'required', message: 'an id is required' };
  const NINE_DIGITS = { code: 'invalid', message: 'an organisation number has 9 digits' };
  const ORG_SYSTEM = { code: 'invalid', message: 'must be the ENH, RESH or HER identifier system' };

  it.each<[string, Change, { path: string; code: string; message: string }[]]>([
    [
      'no authorization',
      (d) => drop(d.practitioner, 'authorization'),
      [
        {
          path: 'practitioner.authorization',
          code: 'required',
          message: 'an HPR category (9060) is required',
        },
      ],
    ],
    [
      'a blank authorization',
      (d) => {
        d.practitioner.authorization = '  ';
      },
      [
        {
          path: 'practitioner.authorization',
          code: 'required',
          message: 'an HPR category (9060) is required',
        },
      ],
    ],
    [
      'no legal entity',
      (d) => drop(d.practitioner, 'legalEntity'),
      [{ path: 'practitioner.legalEntity.id', ...REQUIRED_ID }],
    ],
    [
      'a legal entity of 8 digits',
      (d) => {
        d.practitioner.legalEntity.orgnr = '99999999';
      },
      [{ path: 'practitioner.legalEntity.id', ...NINE_DIGITS }],
    ],
    [
      'a legal entity with letters after 9 digits',
      (d) => {
        d.practitioner.legalEntity.orgnr = '999999999x';
      },
      [{ path: 'practitioner.legalEntity.id', ...NINE_DIGITS }],
    ],
    [
      'a legal entity with letters before 9 digits',
      (d) => {
        d.practitioner.legalEntity.orgnr = 'x999999999';
      },
      [{ path: 'practitioner.legalEntity.id', ...NINE_DIGITS }],
    ],
    [
      'no point of care',
      (d) => drop(d.practitioner, 'pointOfCare'),
      [{ path: 'practitioner.pointOfCare.id', ...REQUIRED_ID }],
    ],
    [
      'a blank point of care',
      (d) => {
        d.practitioner.pointOfCare.id = '';
      },
      [{ path: 'practitioner.pointOfCare.id', ...REQUIRED_ID }],
    ],
    [
      'a point of care under another system',
      (d) => {
        d.practitioner.pointOfCare.system = 'urn:x';
      },
      [{ path: 'practitioner.pointOfCare.system', ...ORG_SYSTEM }],
    ],
    [
      'no department',
      (d) => drop(d.practitioner, 'department'),
      [{ path: 'practitioner.department.id', ...REQUIRED_ID }],
    ],
    [
      'an HPR number of 5 digits',
      (d) => {
        d.practitioner.hprNumber = '41281';
      },
      [{ path: 'practitioner.hprNumber', code: 'invalid', message: 'an HPR number has 6 to 9 digits' }],
    ],
    [
      'an HPR number of 10 digits',
      (d) => {
        d.practitioner.hprNumber = '4128168000';
      },
      [{ path: 'practitioner.hprNumber', code: 'invalid', message: 'an HPR number has 6 to 9 digits' }],
    ],
    [
      'an HPR number with a letter',
      (d) => {
        d.practitioner.hprNumber = 'A4128168';
      },
      [{ path: 'practitioner.hprNumber', code: 'invalid', message: 'an HPR number has 6 to 9 digits' }],
    ],
    [
      'an HPR number with a letter after',
      (d) => {
        d.practitioner.hprNumber = '4128168A';
      },
      [{ path: 'practitioner.hprNumber', code: 'invalid', message: 'an HPR number has 6 to 9 digits' }],
    ],
    [
      'a practitioner id that is not a person id',
      (d) => {
        d.practitioner.personId = '13867410029';
      },
      [{ path: 'practitioner.personId', code: 'invalid', message: 'not a valid fødselsnummer or D-nummer' }],
    ],
    [
      'no healthcare service',
      (d) => drop(d.careRelationship, 'healthcareService'),
      [
        { path: 'careRelationship.healthcareService.code', code: 'required', message: 'a code is required' },
        {
          path: 'careRelationship.healthcareService.system',
          code: 'required',
          message: 'a code system is required',
        },
      ],
    ],
    [
      'a healthcare service under another list',
      (d) => {
        d.careRelationship.healthcareService.system = 'urn:oid:2.16.578.1.12.4.1.1.9060';
      },
      [
        {
          path: 'careRelationship.healthcareService.system',
          code: 'invalid',
          message: `must be one of ${HEALTHCARE_SERVICE_SYSTEMS.join(', ')}`,
        },
      ],
    ],
    [
      'a purpose of use outside the value set',
      (d) => {
        d.careRelationship.purposeOfUse = 'RESEARCH' as never;
      },
      [
        {
          path: 'careRelationship.purposeOfUse',
          code: 'invalid',
          message: 'must be one of TREAT, ETREAT, COC, BTG',
        },
      ],
    ],
    [
      'purpose-of-use details without a code',
      (d) => {
        d.careRelationship.purposeOfUseDetails.code = '';
      },
      [
        {
          path: 'careRelationship.purposeOfUseDetails.code',
          code: 'required',
          message: 'a code is required',
        },
      ],
    ],
    [
      'purpose-of-use details without a system',
      (d) => {
        d.careRelationship.purposeOfUseDetails.system = ' ';
      },
      [
        {
          path: 'careRelationship.purposeOfUseDetails.system',
          code: 'required',
          message: 'a code system is required',
        },
      ],
    ],
    [
      'no decision reference',
      (d) => drop(d.careRelationship, 'decisionRef'),
      [
        {
          path: 'careRelationship.decisionRef.id',
          code: 'required',
          message: 'a decision reference is required',
        },
      ],
    ],
    [
      'a decision reference without a choice',
      (d) => {
        drop(d.careRelationship.decisionRef, 'userSelected');
      },
      [{ path: 'careRelationship.decisionRef.userSelected', code: 'required', message: 'true or false' }],
    ],
    [
      'no patient',
      (d) => {
        d.patients = [];
      },
      [{ path: 'patients', code: 'required', message: 'at least one patient' }],
    ],
    [
      'no patients at all',
      (d) => drop(d, 'patients'),
      [{ path: 'patients', code: 'required', message: 'at least one patient' }],
    ],
    [
      'a patient without a point of care',
      (d) => drop(d.patients[0] as object as { pointOfCare: unknown }, 'pointOfCare'),
      [{ path: 'patients[0].pointOfCare.id', ...REQUIRED_ID }],
    ],
    [
      'a patient without a department',
      (d) => drop(d.patients[0] as object as { department: unknown }, 'department'),
      [{ path: 'patients[0].department.id', ...REQUIRED_ID }],
    ],
    [
      'a patient id that is not a person id',
      (d) => {
        (d.patients[0] as { personId?: string }).personId = '12345678901';
      },
      [{ path: 'patients[0].personId', code: 'invalid', message: 'not a valid fødselsnummer or D-nummer' }],
    ],
  ])('%s', (_name, change, issues) => {
    expect(issuesOf(change)).toEqual(issues);
  });

  it('names every problem at once, and writes nothing half-checked', () => {
    expect(
      issuesOf((d) => {
        drop(d, 'practitioner');
        drop(d, 'careRelationship');
      }).map((issue) => issue.path),
    ).toEqual([
      'practitioner.authorization',
      'practitioner.legalEntity.id',
      'practitioner.pointOfCare.id',
      'practitioner.department.id',
      'careRelationship.healthcareService.code',
      'careRelationship.healthcareService.system',
      'careRelationship.purposeOfUse',
      'careRelationship.purposeOfUseDetails.code',
      'careRelationship.purposeOfUseDetails.system',
      'careRelationship.decisionRef.id',
    ]);
  });

  it('writes the clinician’s own id and name, a D-nummer as one, and the decision’s description', () => {
    const draft = structuredClone(input);
    draft.practitioner.personId = '13867410028';
    draft.practitioner.name = 'Kari Lege';
    draft.careRelationship.decisionRef.description = 'Konsultasjon';
    (draft.patients[0] as { personId?: string }).personId = '41017410057';
    const attestation = buildTrustFrameworkAttestation(draft);
    expect(attestation.practitioner.identifier).toEqual({
      id: '13867410028',
      system: IDENTIFIER_SYSTEM.fnr,
      name: 'Kari Lege',
    });
    expect(attestation.care_relationship.decision_ref).toEqual({
      id: 'konsultasjon-2026-11-25-0915',
      user_selected: false,
      description: 'Konsultasjon',
    });
    expect(attestation.patients[0]?.identifier).toEqual({ id: '41017410057', system: IDENTIFIER_SYSTEM.dnr });
  });

  it('accepts RESH and HER ids of any length, and an organisation number of 9 digits by default', () => {
    const draft = structuredClone(input);
    draft.practitioner.pointOfCare = { id: '12', system: IDENTIFIER_SYSTEM.her };
    draft.practitioner.department = { id: '4200001', system: IDENTIFIER_SYSTEM.resh };
    const attestation = buildTrustFrameworkAttestation(draft);
    expect(attestation.practitioner.point_of_care).toEqual({ id: '12', system: IDENTIFIER_SYSTEM.her });
    expect(
      issuesOf((d) => {
        d.practitioner.pointOfCare = { id: '12' };
      }),
    ).toEqual([{ path: 'practitioner.pointOfCare.id', ...NINE_DIGITS }]);
  });
});
