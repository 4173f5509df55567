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
  unit: string;
  /** Codes sent with the value (TextCode: organism, S/I/R, NORPAT …) as `system|code`. */
  codes: string[];
}

export type TimeKey =
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
  /** Investigation codes as `system|code` (system without `urn:oid:`). */
  codes: string[];
  value: ValueFacts;
  /** Reference ranges verbatim. */
  ranges: string[];
  /** The lab's deviation flag (8244). */
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
  /** People and labs per result: `relation: name`. */
  performers: string[];
  /** Structured findings in order: `heading: value`. */
  structured: string[];
  accredited: string;
  /** What the converter had to say about a link it could not follow (`dangling`, `cycle`). */
  linkProblem: string;
}

export interface SpecimenFacts {
  id: string;
  type: string;
  collected: Time;
  received: Time;
}

export interface ReportFacts {
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
  /** Attachments (RefDoc) the converter had to drop: each is said in a comment. */
  attachmentsDropped: number;
  /** Clinical information sent with the requisition: `type: description`. */
  clinicalInfo: string[];
  specimens: SpecimenFacts[];
  requisition: { issued: Time; received: Time; comments: string[] } | undefined;
  items: ItemFacts[];
}

/** Whitespace as a reader sees it: runs squashed to one space, ends trimmed. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
