/**
 * PaRek (Pasientens rekvisisjoner): planned and decoupled requisitions, FHIR R5
 * (../shared/domain/pps-api.md §9.2). Only what pps-kit reads is typed; the rest is kept.
 */
import type { Annotation, CodeableConcept, Identifier, Period, Quantity, Reference } from '../shared/fhir';

/** The identifier slice PaRek requires on every ServiceRequest (for idempotency). */
export const PAREK_REQUESTER_UUID_SYSTEM = 'http://hl7.no/fhir/ig/ParekIG/NamingSystem/RequesterDefinedUuid';

/** R5 CodeableReference. */
export interface CodeableReference {
  concept?: CodeableConcept;
  reference?: Reference;
}

export interface ParekOrderDetail {
  /** The analysis asked for. */
  parameterFocus?: CodeableReference;
  parameter: {
    code: CodeableConcept;
    valueCodeableConcept?: CodeableConcept;
    valueQuantity?: Quantity;
    valueString?: string;
    [element: string]: unknown;
  }[];
}

export type ParekRequestStatus =
  | 'draft'
  | 'active'
  | 'on-hold'
  | 'revoked'
  | 'completed'
  | 'entered-in-error'
  | 'unknown';

export interface ParekServiceRequest {
  resourceType: 'ServiceRequest';
  id: string;
  identifier?: Identifier[];
  /** `completed` once every expected specimen is registered. */
  status: ParekRequestStatus;
  intent: string;
  code?: CodeableReference;
  orderDetail?: ParekOrderDetail[];
  subject: Reference;
  /** When the samples are due. */
  occurrencePeriod?: Period;
  authoredOn?: string;
  /** A contained ParekRequester (practitioner and organisation as identifier + display). */
  requester?: Reference;
  contained?: { resourceType: string; id?: string; [element: string]: unknown }[];
  note?: Annotation[];
  [element: string]: unknown;
}

export interface ParekSpecimen {
  resourceType: 'Specimen';
  id: string;
  identifier?: Identifier[];
  type?: CodeableConcept;
  subject?: Reference;
  collection?: { collector?: Reference; collectedDateTime?: string; [element: string]: unknown };
  container?: { device?: Reference; [element: string]: unknown }[];
  /** The requisition the specimen was taken for. */
  request?: Reference[];
  contained?: { resourceType: string; id?: string; [element: string]: unknown }[];
  [element: string]: unknown;
}
