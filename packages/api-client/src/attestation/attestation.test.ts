import { describe, expect, it } from 'vitest';
import { IDENTIFIER_SYSTEM } from '../shared/code-systems';
import { PpsValidationError } from '../shared/errors';
import { type AttestationInput, buildTrustFrameworkAttestation, PURPOSE_OF_USE_SYSTEM } from './attestation';

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
