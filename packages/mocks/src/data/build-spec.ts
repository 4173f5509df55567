/** What a fixture says about a report, in the lab's terms, and the code lists the builders name. */
import type { NilarObservationStatus, NilarReportStatus } from '@pps-kit/api-client';

/** The 8 fagområder of Observation.category (lab-domain.md §5.2). */
export const EXPERTISE = {
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

/** Report types of code list 8202 used for DiagnosticReport.code. */
export const REPORT_TYPE: Record<string, string> = {
  ...EXPERTISE,
  CLIN: 'Klinisk kjemi',
  MBIO: 'Mikrobiologi',
  HIST: 'Histologi',
  CYTO: 'Cytologi',
  RTG: 'Røntgen',
  CT: 'Computertomografi',
  MR: 'Magnettomografi',
  UL: 'Ultralyd',
};

export const MAIN_EXPERTISE = {
  LAB: 'Laboratoriemedisin',
  PAT: 'Patologi',
  BLD: 'Bildediagnostikk',
} as const;

export const DEVIATION = {
  '1': 'Over øvre referansegrense',
  '2': 'Under nedre referansegrense',
  '3': 'Utenfor referansegrensene',
} as const;

export const SUSCEPTIBILITY = {
  S: 'Sensitiv, standarddose',
  I: 'Sensitiv, økt eksponering',
  R: 'Resistent',
} as const;

export interface PartySpec {
  name: string;
  hpr?: string;
  /** HPR category, code list 9060 (LE, BI, SP …). */
  role?: string;
  organisation?: string;
  her?: string;
}

export interface LabSpec {
  name: string;
  her: string;
}

export type CodeSpec = { nlk: string } | { local: string } | { ncrp: string } | { norpat: string };

export interface ResultSpec {
  code: CodeSpec;
  name: string;
  /**
   * A number (`valueQuantity`), text (`valueCodeableConcept.text`), or a coded text result such as a
   * susceptibility: `coding` from a Volven list, `text` for what the lab wrote beside it (a MIC).
   */
  value?: number | string | { text?: string; coding?: { list: number; code: string; display: string } };
  unit?: string;
  comparator?: '<' | '<=' | '>=' | '>';
  /** The reference range as the lab wrote it. */
  range?: string;
  /** Numeric bounds, for labs that send RefInterval Low/High too. */
  rangeLow?: number;
  rangeHigh?: number;
  /** Code list 8244. */
  flag?: keyof typeof DEVIATION;
  status?: NilarObservationStatus;
  accredited?: boolean;
  comment?: string;
  /** A repeated, earlier-sent result (nilar-history). */
  history?: boolean;
  /** Investigation time when there is no sample (radiology). */
  effective?: string;
  /** IdResultItem. */
  itemId?: string;
  /** Nested results: a microbiology isolate's quantity and susceptibilities, a panel's parts. */
  members?: ResultSpec[];
}

export interface SpecimenSpec {
  /** Code list 8351, when the lab coded it. */
  code?: string;
  text: string;
  collected?: string;
  accession?: string;
}

export interface ReportSpec {
  /** The report's id; stays the same across versions. */
  id: string;
  /** Version number; ids of the version's other resources include it. @default 1 */
  version?: number;
  personId: string;
  expertise: Expertise;
  /** DiagnosticReport.code (8202); defaults to the expertise. */
  reportType?: string;
  status: NilarReportStatus;
  /** Sample collection time. */
  collected: string;
  /** This version's GenDate. */
  issued: string;
  /** The first version's IssueDate; defaults to `issued`. */
  firstIssued?: string;
  approved?: string;
  /** The lab's report id (ServProvId). */
  servProvId: string;
  lab: LabSpec;
  responsible?: PartySpec;
  requester: PartySpec;
  requisition: {
    id: string;
    authoredOn: string;
    receivedAt?: string;
    /** Code list 8231 heading with the requester's text. */
    reason?: { heading: 'BG' | 'PROB' | 'KF' | 'RU' | 'DIAG'; text: string };
    comment?: string;
    paymentCategory?: { code: string; display: string };
  };
  specimens: SpecimenSpec[];
  results: ResultSpec[];
  /** Report comments: free text, or coded with 8269 (e.g. VA "Vesentlig avvik fra tidligere svar"). */
  comments?: ({ text: string } | { code: string; display: string })[];
  /**
   * The lab's own codes beside FHIR's status, as a Svarrapport carries them: ServType (7309) and
   * Status (7306). A changed report that is still preliminary is `{ servType: 'M', status: 'P' }`.
   */
  labStatus?: { servType: keyof typeof SERV_TYPE_7309; status: keyof typeof STATUS_7306 };
}

export const SERV_TYPE_7309 = {
  N: 'Ny',
  M: 'Endring',
  C: 'Kansellering',
  H: 'Historikk',
  A: 'Tillegg',
} as const;
export const STATUS_7306 = {
  S: 'Planlagt',
  P: 'Foreløpig rapport',
  F: 'Endelig rapport',
  A: 'Tillegg til rapport',
} as const;

export const REASON_DISPLAY = {
  BG: 'Begrunnelse',
  PROB: 'Aktuell problemstilling',
  KF: 'Kontroll pga. tidligere funn',
  RU: 'Rutineundersøkelse',
  DIAG: 'Diagnose',
} as const;
