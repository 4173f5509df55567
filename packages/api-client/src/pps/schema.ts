/**
 * Runtime schemas for what PPS returns (valibot). Objects are loose: elements and extensions not
 * listed here are kept, never stripped. Only what pps-kit reads is checked, and it is checked
 * strictly enough that a view never meets a shape it cannot show.
 */
import * as v from 'valibot';
import { NILAR_OBSERVATION_STATUSES, NILAR_REPORT_STATUSES } from '../shared/fhir';

const str = v.string();
const opt = v.optional;
const obj = v.looseObject;

const CodingSchema = obj({
  system: opt(str),
  version: opt(str),
  code: opt(str),
  display: opt(str),
});

/** Extensions inside data types (originalText on a Quantity, a text result's unit …). */
const extensions = opt(v.array(v.lazy(() => ExtensionSchema)));

const CodeableConceptSchema = obj({
  coding: opt(v.array(CodingSchema)),
  text: opt(str),
  extension: extensions,
});

const IdentifierSchema = obj({ system: opt(str), value: opt(str), use: opt(str) });

const ReferenceSchema = obj({
  reference: opt(str),
  type: opt(str),
  identifier: opt(IdentifierSchema),
  display: opt(str),
});

const QuantitySchema = obj({
  value: opt(v.pipe(v.number(), v.finite())),
  comparator: opt(v.picklist(['<', '<=', '>=', '>'])),
  unit: opt(str),
  system: opt(str),
  code: opt(str),
  extension: extensions,
});

const RangeSchema = obj({ low: opt(QuantitySchema), high: opt(QuantitySchema) });

const AnnotationSchema = obj({
  text: str,
  time: opt(str),
  authorString: opt(str),
  extension: extensions,
});

const PeriodSchema = obj({ start: opt(str), end: opt(str) });

type ExtensionShape = { url: string; extension?: ExtensionShape[] | undefined } & Record<string, unknown>;

const ExtensionSchema: v.GenericSchema<unknown, ExtensionShape> = obj({
  url: str,
  valueString: opt(str),
  valueBoolean: opt(v.boolean()),
  valueInteger: opt(v.number()),
  valueDateTime: opt(str),
  valueDate: opt(str),
  valueCode: opt(str),
  valueCoding: opt(CodingSchema),
  valueCodeableConcept: opt(CodeableConceptSchema),
  valueReference: opt(ReferenceSchema),
  valueAnnotation: opt(AnnotationSchema),
  valueIdentifier: opt(IdentifierSchema),
  extension: opt(v.array(v.lazy(() => ExtensionSchema))),
});

const MetaSchema = obj({
  versionId: opt(str),
  lastUpdated: opt(str),
  profile: opt(v.array(str)),
  tag: opt(v.array(CodingSchema)),
});

const base = {
  id: str,
  meta: opt(MetaSchema),
  extension: opt(v.array(ExtensionSchema)),
};

const refs = opt(v.array(ReferenceSchema));

const DiagnosticReportSchema = obj({
  ...base,
  resourceType: v.literal('DiagnosticReport'),
  identifier: opt(v.array(IdentifierSchema)),
  basedOn: refs,
  status: v.picklist(NILAR_REPORT_STATUSES),
  category: opt(v.array(CodeableConceptSchema)),
  code: CodeableConceptSchema,
  subject: ReferenceSchema,
  effectiveDateTime: opt(str),
  effectivePeriod: opt(PeriodSchema),
  issued: opt(str),
  performer: refs,
  resultsInterpreter: refs,
  result: refs,
  specimen: refs,
  conclusion: opt(str),
});

const ReferenceRangeSchema = obj({
  low: opt(QuantitySchema),
  high: opt(QuantitySchema),
  type: opt(CodeableConceptSchema),
  appliesTo: opt(v.array(CodeableConceptSchema)),
  age: opt(RangeSchema),
  text: opt(str),
});

const ComponentSchema = obj({
  code: CodeableConceptSchema,
  valueString: opt(str),
  valueInteger: opt(v.number()),
  valueBoolean: opt(v.boolean()),
  valueQuantity: opt(QuantitySchema),
  valueCodeableConcept: opt(CodeableConceptSchema),
  valueDateTime: opt(str),
});

const ObservationSchema = obj({
  ...base,
  resourceType: v.literal('Observation'),
  identifier: opt(v.array(IdentifierSchema)),
  basedOn: refs,
  // 'appended' is not an R4 Observation status, but NILAR maps Tillegg items close to it: accepted defensively.
  status: v.picklist([...NILAR_OBSERVATION_STATUSES, 'appended']),
  category: opt(v.array(CodeableConceptSchema)),
  code: CodeableConceptSchema,
  subject: ReferenceSchema,
  effectiveDateTime: opt(str),
  effectivePeriod: opt(PeriodSchema),
  issued: opt(str),
  performer: refs,
  valueQuantity: opt(QuantitySchema),
  valueCodeableConcept: opt(CodeableConceptSchema),
  valueDateTime: opt(str),
  valueRange: opt(RangeSchema),
  dataAbsentReason: opt(CodeableConceptSchema),
  interpretation: opt(v.array(CodeableConceptSchema)),
  note: opt(v.array(AnnotationSchema)),
  method: opt(CodeableConceptSchema),
  specimen: opt(ReferenceSchema),
  referenceRange: opt(v.array(ReferenceRangeSchema)),
  component: opt(v.array(ComponentSchema)),
  hasMember: refs,
  derivedFrom: refs,
});

const ServiceRequestSchema = obj({
  ...base,
  resourceType: v.literal('ServiceRequest'),
  identifier: opt(v.array(IdentifierSchema)),
  status: str,
  intent: str,
  code: opt(CodeableConceptSchema),
  subject: ReferenceSchema,
  authoredOn: opt(str),
  requester: opt(ReferenceSchema),
  reasonCode: opt(v.array(CodeableConceptSchema)),
  specimen: refs,
  note: opt(v.array(AnnotationSchema)),
});

const SpecimenSchema = obj({
  ...base,
  resourceType: v.literal('Specimen'),
  identifier: opt(v.array(IdentifierSchema)),
  accessionIdentifier: opt(IdentifierSchema),
  type: opt(CodeableConceptSchema),
  subject: opt(ReferenceSchema),
  receivedTime: opt(str),
  collection: opt(
    obj({
      collectedDateTime: opt(str),
      collector: opt(ReferenceSchema),
      bodySite: opt(CodeableConceptSchema),
      extension: opt(v.array(ExtensionSchema)),
    }),
  ),
  container: opt(v.array(obj({ additiveCodeableConcept: opt(CodeableConceptSchema) }))),
  note: opt(v.array(AnnotationSchema)),
});

const PractitionerRoleSchema = obj({
  ...base,
  resourceType: v.literal('PractitionerRole'),
  practitioner: opt(ReferenceSchema),
  organization: opt(ReferenceSchema),
  code: opt(v.array(CodeableConceptSchema)),
  telecom: opt(v.array(obj({ system: opt(str), value: opt(str), use: opt(str) }))),
});

const OperationOutcomeSchema = obj({
  ...base,
  id: opt(str),
  resourceType: v.literal('OperationOutcome'),
  issue: v.array(
    obj({
      severity: v.picklist(['fatal', 'error', 'warning', 'information']),
      code: str,
      details: opt(CodeableConceptSchema),
      diagnostics: opt(str),
      expression: opt(v.array(str)),
    }),
  ),
});

const KNOWN_TYPES = [
  'DiagnosticReport',
  'Observation',
  'ServiceRequest',
  'Specimen',
  'PractitionerRole',
  'OperationOutcome',
];

/** A resource type PPS does not document today: kept as it came, with an id. */
const OtherResourceSchema = obj({
  ...base,
  resourceType: v.pipe(str, v.notValues(KNOWN_TYPES)),
});

export const NilarResourceSchema = v.variant('resourceType', [
  DiagnosticReportSchema,
  ObservationSchema,
  ServiceRequestSchema,
  SpecimenSchema,
  PractitionerRoleSchema,
  OperationOutcomeSchema,
  OtherResourceSchema,
]);

export const NilarBundleSchema = obj({
  resourceType: v.literal('Bundle'),
  id: opt(str),
  type: str,
  total: opt(v.pipe(v.number(), v.integer(), v.minValue(0))),
  link: opt(v.array(obj({ relation: str, url: str }))),
  entry: opt(
    v.array(
      obj({
        fullUrl: opt(str),
        resource: NilarResourceSchema,
        search: opt(obj({ mode: opt(v.picklist(['match', 'include', 'outcome'])), score: opt(v.number()) })),
      }),
    ),
  ),
});

export const CapabilityStatementSchema = obj({
  resourceType: v.literal('CapabilityStatement'),
  status: str,
  fhirVersion: opt(str),
  rest: opt(
    v.array(
      obj({
        mode: str,
        resource: opt(v.array(obj({ type: str, searchParam: opt(v.array(obj({ name: str, type: str }))) }))),
      }),
    ),
  ),
});

/** `entry[3].resource.status` from a valibot issue path. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path || '$';
}
