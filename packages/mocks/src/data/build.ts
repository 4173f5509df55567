/**
 * Small builders for NILAR resources, so that fixtures read like the lab report they describe.
 * Shapes follow the NILAR profiles (../shared/domain/pps-api.md §7).
 */
import {
  type CodeableConcept,
  IDENTIFIER_SYSTEM,
  NILAR_EXTENSION,
  type NilarDiagnosticReport,
  type NilarReportStatus,
  type Reference,
  type ResourceBase,
} from '@pps-kit/api-client';

export const SYSTEM_8202 = 'http://ehelse.no/fhir/CodeSystem/no-kodeverk-8202';
export const SYSTEM_8244 = 'http://ehelse.no/fhir/CodeSystem/no-kodeverk-8244';
export const SYSTEM_NLK = 'http://ehelse.no/fhir/CodeSystem/no-kodeverk-7280-nlk';
/** Lab-local analysis codes (code list 8212). */
export const SYSTEM_LOCAL = 'http://ehelse.no/fhir/CodeSystem/no-kodeverk-8212';

const MAIN_EXPERTISE = {
  LAB: 'Laboratoriemedisin',
  PAT: 'Patologi',
  BLD: 'Bildediagnostikk',
} as const;

const EXPERTISE = {
  CLIN: 'Medisinsk biokjemi',
  MBIO: 'Medisinsk mikrobiologi',
  MGEN: 'Medisinsk genetikk',
  FARM: 'Klinisk farmakologi',
  IMTR: 'Immunologi og transfusjonsmedisin',
  PAT: 'Patologi',
  RAD: 'Radiologi',
  NUK: 'Nukleærmedisin',
} as const;

export type Expertise = keyof typeof EXPERTISE;

const DEVIATION = {
  '1': 'Over øvre referansegrense',
  '2': 'Under nedre referansegrense',
  '3': 'Utenfor referansegrensene',
} as const;

const expertiseConcept = (code: Expertise): CodeableConcept => ({
  coding: [{ system: SYSTEM_8202, code, display: EXPERTISE[code] }],
});

const subject = (personId: string): Reference => ({
  identifier: { system: IDENTIFIER_SYSTEM.fnr, value: personId },
});

/** A result as a lab sends it: value and unit as strings, reference range as text. */
export interface ResultSpec {
  /** The NLK code (7280), or a lab-local code (8212) for analyses outside NLK such as radiology. */
  code: { nlk: string } | { local: string };
  name: string;
  /** A number (`valueQuantity`) or text (`valueCodeableConcept.text`). */
  value: number | string;
  unit?: string;
  comparator?: '<' | '<=' | '>=' | '>';
  range?: string;
  /** Code list 8244. */
  flag?: keyof typeof DEVIATION;
}

export interface ReportSpec {
  id: string;
  personId: string;
  expertise: Expertise;
  status: NilarReportStatus;
  /** Sample collection time (Observation.effective, the oldest becomes DiagnosticReport.effective). */
  collected: string;
  /** This version's GenDate. */
  issued: string;
  /** The first version's IssueDate; defaults to `issued`. */
  firstIssued?: string;
  lab: string;
  results: ResultSpec[];
}

const mainExpertiseOf = (expertise: Expertise): keyof typeof MAIN_EXPERTISE =>
  expertise === 'PAT' ? 'PAT' : expertise === 'RAD' || expertise === 'NUK' ? 'BLD' : 'LAB';

/** A DiagnosticReport and its Observations, linked both ways as PPS links them. */
export function buildReport(spec: ReportSpec): ResourceBase[] {
  const main = mainExpertiseOf(spec.expertise);
  const observations = spec.results.map((result, index) => {
    const id = `${spec.id}-obs-${index + 1}`;
    return {
      resourceType: 'Observation',
      id,
      status: spec.status === 'appended' ? 'final' : spec.status,
      category: [expertiseConcept(spec.expertise)],
      code: {
        coding: [
          'nlk' in result.code
            ? { system: SYSTEM_NLK, code: result.code.nlk, display: result.name }
            : { system: SYSTEM_LOCAL, code: result.code.local, display: result.name },
        ],
        text: result.name,
      },
      subject: subject(spec.personId),
      effectiveDateTime: spec.collected,
      issued: spec.issued,
      ...(typeof result.value === 'number'
        ? {
            valueQuantity: {
              value: result.value,
              ...(result.unit ? { unit: result.unit } : {}),
              ...(result.comparator ? { comparator: result.comparator } : {}),
            },
          }
        : { valueCodeableConcept: { text: result.value } }),
      ...(result.flag
        ? {
            interpretation: [
              { coding: [{ system: SYSTEM_8244, code: result.flag, display: DEVIATION[result.flag] }] },
            ],
          }
        : {}),
      ...(result.range ? { referenceRange: [{ text: result.range }] } : {}),
      extension: [
        {
          url: NILAR_EXTENSION.diagnosticReportRef,
          valueReference: { reference: `DiagnosticReport/${spec.id}` },
        },
      ],
    } satisfies ResourceBase & Record<string, unknown>;
  });
  const report: NilarDiagnosticReport = {
    resourceType: 'DiagnosticReport',
    id: spec.id,
    status: spec.status,
    category: [{ coding: [{ system: SYSTEM_8202, code: main, display: MAIN_EXPERTISE[main] }] }],
    code: expertiseConcept(spec.expertise),
    subject: subject(spec.personId),
    effectiveDateTime: spec.collected,
    issued: spec.issued,
    performer: [{ display: spec.lab }],
    result: observations.map((observation) => ({ reference: `Observation/${observation.id}` })),
    extension: [{ url: NILAR_EXTENSION.reportDate, valueDateTime: spec.firstIssued ?? spec.issued }],
  };
  return [report, ...observations];
}
