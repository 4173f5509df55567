/** The lab-results model's types: what `toLabReports` returns, for any view, React or not. */
import type { PvkOutcomeCode } from '../pps/search-result';
import type { PpsPagingError } from '../shared/errors';
import type {
  Coding,
  NilarDiagnosticReport,
  NilarObservationStatus,
  NilarReportStatus,
} from '../shared/fhir';
import type { Classification } from './classify';
import type { ParsedRange } from './reference-range';

/** The 8 fagområder PPS uses (lab-domain.md §5.2). */
export const FAGOMRADER = ['CLIN', 'MBIO', 'MGEN', 'FARM', 'IMTR', 'PAT', 'RAD', 'NUK'] as const;
export type Fagomrade = (typeof FAGOMRADER)[number];

export interface Party {
  /** Person, e.g. "Kari Klinikersen". */
  person?: string;
  /** HPR number. */
  hpr?: string;
  /** Organisation, e.g. "Fjordbyen sykehus HF, Avdeling for medisinsk biokjemi". */
  organisation?: string;
  /** Relation to the report as sent (code list for RelServProv: ARP, AHP, LAB …) or HPR category. */
  roles: Coding[];
}

export interface LabSpecimen {
  id: string;
  /** Sample number. */
  accession?: string;
  /** "Blod", "Urin, midtstråle" … */
  type?: string;
  collected?: string;
  received?: string;
  bodySite?: string;
  comments: string[];
}

export interface LabRequisition {
  /** The requisition's id as the lab and requester know it (ServReqId). */
  id?: string;
  /** The ServiceRequest's id: the requisition's id in PPS, and its object id in PTS (a UUID). */
  resourceId?: string;
  /** Rekvisisjonsdato. */
  authoredOn?: string;
  /** Received at the lab. */
  receivedAt?: string;
  requester?: Party;
  /** Code list 8231 heading (display) with the requester's text. */
  reasons: { heading?: string; text?: string }[];
  /** Rekvirentens kommentar. */
  comments: string[];
  paymentCategory?: string;
  /** The patient's reservations (3108). */
  reservations: string[];
  /** The requisition's own status codes as the lab sent them (ServReq ServType: `C` cancelled). */
  labStatus?: LabStatusCodes;
}

/** A comment: free text, or coded (8269 e.g. "Vesentlig avvik fra tidligere svar"). */
export interface LabComment {
  text?: string;
  code?: string;
  display?: string;
}

export type LabValue =
  | {
      kind: 'quantity';
      value: number;
      comparator?: '<' | '<=' | '>=' | '>';
      /**
       * The lab's operator where FHIR's comparator only comes close (code list 8239: `ML` "mye
       * mindre enn", `MG` "mye større enn", `NE` "ikke lik").
       */
      labComparator?: string;
      unit?: string;
      /** The number exactly as the lab wrote it ("14.0", "0.50"): show this, not `value`. */
      text?: string;
    }
  | { kind: 'text'; text: string; codes: Coding[]; unit?: string }
  | { kind: 'coded'; codes: Coding[]; unit?: string }
  | { kind: 'range'; low?: number; high?: number; lowText?: string; highText?: string; unit?: string }
  /** A date, or a date and time; a date the lab sent without a time has none (`hasTimeOfDay`). */
  | { kind: 'datetime'; value: string }
  /** A structured finding that is yes or no (e.g. "Karinnvekst"). */
  | { kind: 'boolean'; value: boolean }
  | { kind: 'none' };

/** S, I, R or K (see comment), code list 8271, in the lab's own words. */
export interface Susceptibility {
  code: string;
  /** The lab's wording ("Intermediært følsom"): show it, not a catalogue's. */
  display?: string;
  /** The number the lab sent beside it, as written ("0,25"). */
  value?: string;
  unit?: string;
  /** What the number is, where the lab says (by its unit, or "MIC" in the analysis name); else unknown. */
  measure?: SusceptibilityMeasure;
}

export type SusceptibilityMeasure = 'mic' | 'zone-diameter';

/** One structured finding of a result (pathology: lymph nodes, margins, MMR status …). */
export interface StructuredFinding {
  heading: string;
  value: LabValue;
}

/** The lab's own status codes (Svarrapport ServType and Status), beside FHIR's status. */
export interface LabStatusCodes {
  servType?: Coding;
  status?: Coding;
}

export interface LabResult {
  id: string;
  /** The analysis, as the lab named it. */
  name: string;
  codes: Coding[];
  /** The NLK code, when there is one. */
  nlk?: string;
  status: NilarObservationStatus;
  value: LabValue;
  /** The unit exactly as sent (quantities only). */
  unit?: string;
  /** The first reference range, parsed; its `text` is the lab's verbatim. */
  range: ParsedRange;
  ranges: ParsedRange[];
  classification: Classification;
  /** For a susceptibility (microbiology). */
  susceptibility?: Susceptibility;
  comments: string[];
  accredited?: boolean;
  /** When the sample was taken (or the investigation done); a date only when the lab sent no time. */
  effective?: string;
  specimenId?: string;
  /** Structured findings, in the lab's order. */
  structured: StructuredFinding[];
  /** Method details (e.g. "Med intravenøs kontrast"). */
  method: string[];
  /** The people per result: responsible, signing or dictating doctor, approver. */
  performers: Party[];
  /** The lab's own status codes, when the answer carries them. */
  labStatus?: LabStatusCodes;
  /** A repeated, earlier-sent result (nilar-history). */
  history: boolean;
  /** Nested results: an isolate's quantity and susceptibilities, a panel's parts. */
  members: LabResult[];
}

export interface LabReport {
  id: string;
  status: NilarReportStatus;
  /** LAB, PAT or BLD (8202). */
  mainExpertise?: Coding;
  /** DiagnosticReport.code (8202): CLIN, MBIO, HIST, RTG … */
  reportType?: Coding;
  fagomrade?: Fagomrade;
  /** The lab's report id (ServProvId). */
  labReportId?: string;
  /** The oldest sample (or investigation) time in the report. */
  sampleTime?: string;
  /** When this version was issued. */
  issued?: string;
  /** When the first version was issued (nilar-report-date); differs from `issued` for later versions. */
  firstIssued?: string;
  approved?: string;
  /** The performing lab. */
  lab?: Party;
  /** Others responsible (approver, responsible doctor …). */
  performers: Party[];
  requester?: Party;
  requisition?: LabRequisition;
  specimens: LabSpecimen[];
  /** Top-level results, each with its whole tree. Repeat copies are left out. */
  results: LabResult[];
  /** How many repeated earlier results (nilar-history) were left out. */
  repeatCopies: number;
  comments: LabComment[];
  /** Clinical information sent with the requisition (nilar-inf-item). */
  clinicalInfo: string[];
  /** The lab's own status codes, when the answer carries them: a changed report can also be preliminary. */
  labStatus?: LabStatusCodes;
  /**
   * Number of results (every level), and how many are flagged (by the lab, or computed:
   * `reportFindings`). Cancelled and entered-in-error results are never counted as abnormal; for
   * growth, organisms, diagnoses and resistance, ask `reportFindings`.
   */
  counts: { results: number; abnormal: number; abnormalComputed: number };
  raw: NilarDiagnosticReport;
}

export interface LabReportsModel {
  /** Newest sample first. */
  reports: LabReport[];
  /** Privacy outcomes: when set, data is hidden; never show it as "no results". */
  privacy: PvkOutcomeCode[];
  /** Other outcome codes that may mean data is hidden (`PpsSearchResult.hidden`): say so, and name them. */
  hidden: string[];
  noData: boolean;
  total: number | undefined;
  /** Paging stopped early: the reports are those loaded, of at least `incomplete.atLeast`. */
  incomplete?: PpsPagingError | undefined;
}
