/**
 * The facts of a lab report that must survive conversion, in one plain shape that both sides of
 * the oracle produce: `message-facts.ts` from the Svarrapport XML (a DOM walk) and
 * `bundle-facts.ts` from the converter's FHIR Bundle. Test code only.
 */

/**
 * A time as a clinician in Norway reads it: Oslo wall-clock time to the second
 * (`2020-03-17T10:04:51`), or only the date (`2017-09-20`) when the lab sent no time.
 */
export type Time = string;

export interface ValueFacts {
  /** Which element the lab used: NumResult, TextResult, Interval or DateResult. */
  kind: 'number' | 'text' | 'interval' | 'date' | 'none';
  /** `<`, `<=`, `>`, `>=`, `<<`, `>>` or `≠` (code list 8239), `''` for none or equal. */
  qualifier: string;
  /** The value as the lab wrote it ("14.0", "Escherichia coli", whitespace squashed). */
  text: string;
  /** A number's value, for plotting and comparing (`null` when the text is not a number). */
  number: number | null;
  unit: string;
  /** Codes sent with the value (TextCode: organism, S/I/R, NORPAT …) as `system|code`. */
  codes: string[];
}

type TimeKey =
  | 'effective'
  | 'investigated'
  | 'statusChanged'
  | 'described'
  | 'counterSigned'
  | 'medicallyValidated';

export interface ItemFacts {
  /** Position in the report, in document order, from 0. */
  index: number;
  /** The item it belongs under (index), undefined at the top. */
  parent: number | undefined;
  /** Its place among the items under the same parent (or at the top), from 0. */
  position: number;
  /** IdResultItem. */
  id: string;
  /** The analysis as a clinician should read it. */
  name: string;
  /** Investigation codes as `system|code|name` (system without `urn:oid:`). */
  codes: string[];
  /** Method details of the investigation (Investigation/Spec), e.g. contrast: `code|name`. */
  method: string[];
  /** The patient, `type|id`. */
  patient: string;
  value: ValueFacts;
  /** Reference ranges verbatim. */
  ranges: string[];
  /** The lab's deviation flag (8244), `system|code=name`. */
  flag: string;
  /** The lab's own words for its flag and its coded values ("Intermediært følsom"). */
  labWords: string[];
  comments: string[];
  /** Observation.status as NILAR maps it. */
  status: string;
  /** The lab's own status codes: ResultItem ServType (8270) and StatusInvestigation (8245). */
  labStatus: string;
  times: Partial<Record<TimeKey, Time>>;
  /** The sample it was measured in (its IdByServProvider). */
  specimen: string;
  /** People and labs per result (see `ReportFacts.performers`). */
  performers: string[];
  /** Structured findings in order: `heading: value`. */
  structured: string[];
  accredited: string;
  /** `true` for a repeated, earlier-sent result (ServType H, NILAR's history flag). */
  history: string;
  /** What the converter had to say about a link it could not follow (`dangling`, `cycle`). */
  linkProblem: string;
}

export interface SpecimenFacts {
  id: string;
  /** The requester's sample number. */
  requesterId: string;
  type: string;
  typeCode: string;
  collected: Time;
  received: Time;
  bodySite: string;
  comments: string[];
  accredited: string;
  /** Handling, pretreatment, logistics, container count, additive, method, collector: `kind: value`. */
  details: string[];
}

export interface ReportFacts {
  /** The patient, `type|id`. */
  patient: string;
  /** The lab's report id (ServProvId). */
  labReportId: string;
  /** The report type (MsgDescr), `code|name`. */
  type: string;
  /**
   * The sending lab and the report's responsible people: `relation|category|person|type:id|organisation|type:id`.
   */
  performers: string[];
  /** The requester, in the same form. */
  requester: string;
  status: string;
  /** The lab's ServType (7309) and Status (7306). */
  labStatus: string;
  /** This version (GenDate). */
  issued: Time;
  /** The first version (IssueDate). */
  firstIssued: Time;
  approved: Time;
  /** The lab's comments and coded comments, in order. */
  comments: string[];
  /** Attachments (RefDoc) the converter had to drop, each said in a comment: their descriptions. */
  attachmentsDropped: string[];
  /** Clinical information sent with the requisition: `type: description`. */
  clinicalInfo: string[];
  specimens: SpecimenFacts[];
  requisition:
    | {
        ids: string[];
        issued: Time;
        received: Time;
        reasons: string[];
        payment: string;
        reservations: string[];
        comments: string[];
        /** The requisition's own ServType (7309), as `code (display)`; `C` is a cancelled requisition. */
        servType: string;
      }
    | undefined;
  items: ItemFacts[];
}

/** Whitespace as a reader sees it: runs squashed to one space, ends trimmed. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The operators of code list 8239 as a reader writes them (`EQ` is no operator). */
export const QUALIFIERS: Readonly<Record<string, string>> = {
  LT: '<',
  LE: '<=',
  GT: '>',
  GE: '>=',
  ML: '<<',
  MG: '>>',
  NE: '≠',
};
