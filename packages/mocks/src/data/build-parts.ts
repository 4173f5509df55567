/** The pieces a report is built of: codings, the patient, practitioner roles, references, values. */
import {
  CODE_LIST,
  type CodeableConcept,
  type Coding,
  IDENTIFIER_SYSTEM,
  type NilarObservation,
  type NilarPractitionerRole,
  PPS_KIT_EXTENSION,
  parsePersonId,
  type Reference,
  volvenSystem,
} from '@pps-kit/api-client';
import type { CodeSpec, LabSpec, PartySpec, ResultSpec } from './build-spec';

export const coding = (list: number, code: string, display: string): Coding => ({
  system: volvenSystem(list),
  code,
  display,
});

export function codeOf(spec: CodeSpec, name: string): Coding {
  if ('nlk' in spec) return { system: volvenSystem(CODE_LIST.nlk), code: spec.nlk, display: name };
  if ('ncrp' in spec) return { system: volvenSystem(CODE_LIST.ncrp), code: spec.ncrp, display: name };
  if ('norpat' in spec) return { system: volvenSystem(CODE_LIST.norpat), code: spec.norpat, display: name };
  return { system: volvenSystem(CODE_LIST.localCode), code: spec.local, display: name };
}

export function subjectOf(personId: string): Reference {
  const kind = parsePersonId(personId)?.kind;
  const system =
    kind === 'dnr' ? IDENTIFIER_SYSTEM.dnr : kind === 'fhnr' ? IDENTIFIER_SYSTEM.fhnr : IDENTIFIER_SYSTEM.fnr;
  return { identifier: { system, value: personId } };
}

export function practitionerRole(id: string, party: PartySpec, lab?: LabSpec): NilarPractitionerRole {
  const organisation = lab?.name ?? party.organisation;
  const her = lab?.her ?? party.her;
  return {
    resourceType: 'PractitionerRole',
    id,
    ...(party.hpr || party.name
      ? {
          practitioner: {
            ...(party.hpr ? { identifier: { system: IDENTIFIER_SYSTEM.hpr, value: party.hpr } } : {}),
            display: party.name,
          },
        }
      : {}),
    ...(organisation
      ? {
          organization: {
            ...(her ? { identifier: { system: IDENTIFIER_SYSTEM.her, value: her } } : {}),
            display: organisation,
          },
        }
      : {}),
    ...(party.role ? { code: [{ coding: [coding(CODE_LIST.hprRole, party.role, party.role)] }] } : {}),
  };
}

export const ref = (resource: { resourceType: string; id: string }): Reference => ({
  reference: `${resource.resourceType}/${resource.id}`,
});

export function observationValue(result: ResultSpec): Partial<NilarObservation> {
  const { value } = result;
  if (value === undefined) return {};
  if (typeof value === 'number') {
    return {
      valueQuantity: {
        value,
        ...(result.unit ? { unit: result.unit } : {}),
        ...(result.comparator ? { comparator: result.comparator } : {}),
      },
    };
  }
  if (typeof value === 'string') return { valueCodeableConcept: { text: value } };
  const concept: CodeableConcept = {
    ...(value.coding ? { coding: [coding(value.coding.list, value.coding.code, value.coding.display)] } : {}),
    ...(value.text ? { text: value.text } : {}),
    // A text result's unit (a MIC in mg/L), where the lab sent one.
    ...(result.unit ? { extension: [{ url: PPS_KIT_EXTENSION.textUnit, valueString: result.unit }] } : {}),
  };
  return { valueCodeableConcept: concept };
}
