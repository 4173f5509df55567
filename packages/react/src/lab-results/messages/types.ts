import type { NilarObservationStatus, NilarReportStatus } from '@pps-kit/api-client';

/**
 * The texts a single report shows (`LabReportView` and `LabReportParts`). `{name}` marks a value
 * filled in at run time.
 */
export interface LabReportMessages {
  unknownExpertise: string;
  // Report view
  /** `{expertise}` */
  reportHeading: string;
  close: string;
  noReport: string;
  labReportId: string;
  lab: string;
  requester: string;
  responsible: string;
  sampleTime: string;
  received: string;
  issued: string;
  firstIssued: string;
  approved: string;
  status: string;
  bannerRegistered: string;
  bannerPreliminary: string;
  /** `{firstIssued}` */
  bannerAmended: string;
  /** `{firstIssued}` */
  bannerAppended: string;
  bannerCancelled: string;
  /** A cancelled report whose requisition the message says was cancelled. */
  bannerCancelledRequisition: string;
  bannerEnteredInError: string;
  sectionResults: string;
  sectionMicrobiology: string;
  sectionTextResults: string;
  sectionSpecimens: string;
  sectionRequisition: string;
  /** A report that came without its requisition. */
  noRequisition: string;
  sectionComments: string;
  sectionClinicalInfo: string;
  columnAnalysis: string;
  columnValue: string;
  columnUnit: string;
  columnFlag: string;
  columnRange: string;
  columnComment: string;
  columnAccredited: string;
  accredited: string;
  notAccredited: string;
  flagHigh: string;
  flagLow: string;
  flagOutside: string;
  flagCritical: string;
  flagCriticalHigh: string;
  flagCriticalLow: string;
  /** `{flag}`: a flag pps-kit does not know, shown as the lab sent it. */
  flagUnrecognised: string;
  flagComputed: string;
  /** The note under a report whose flags are all computed: the lab flagged nothing in it. */
  flagNoteNoneFlagged: string;
  /** The note under a report where some classes are computed, beside the lab's own flags. */
  flagNoteComputed: string;
  /** The mark after a computed class, explained by the notes and legends. */
  computedMark: string;
  valueNone: string;
  /** A result with no value of its own whose answer is in the results under it. */
  answeredBelow: string;
  /** A result the lab says is not answered yet. */
  valuePending: string;
  /** A changed report the lab still calls preliminary, or an addendum, in the lab's words: `{words}` */
  labStatusWords: string;
  /** `{count}` */
  repeatCopies: string;
  isolate: string;
  /** `{number}`, `{organism}` */
  isolateHeading: string;
  /** The culture or bottle an isolate was found under. */
  isolateFoundIn: string;
  /** The specimen an isolate was found in. */
  isolateSpecimen: string;
  antibiotic: string;
  susceptibilityCaption: string;
  susceptibility: Record<'S' | 'I' | 'R' | 'K', string>;
  mic: string;
  /** A susceptibility's zone diameter (disk diffusion). */
  zoneDiameter: string;
  /** A structured finding that is yes or no. */
  valueYes: string;
  valueNo: string;
  /** The heading over a result's structured findings. */
  structuredFindings: string;
  /** Label for the codes sent with a text result (NORPAT …). */
  codes: string;
  specimenType: string;
  specimenAccession: string;
  specimenCollected: string;
  specimenReceived: string;
  requisitionDate: string;
  requisitionReceived: string;
  requisitionReason: string;
  requisitionComment: string;
  requisitionPayment: string;
  requisitionReservations: string;
  statusLabels: Record<NilarReportStatus | NilarObservationStatus, string>;
  /** Names of the 8202 codes a report is categorised with. Unknown codes are shown as sent. */
  expertiseLabels: Record<string, string>;
}

/** The texts the overview, the flowsheet and the trend show, beside the report texts. */
export interface LabResultsListMessages {
  // Overview
  overviewHeading: string;
  groupBy: string;
  groupByDate: string;
  groupByExpertise: string;
  filterExpertise: string;
  allExpertise: string;
  filterFrom: string;
  filterTo: string;
  onlyAbnormal: string;
  clearFilters: string;
  /** A button before the filters that takes keyboard users past them, to the results. */
  skipFilters: string;
  /** `{shown}`, `{total}` */
  showing: string;
  /** Paging stopped early: `{shown}`, `{atLeast}`. */
  showingAtLeast: string;
  noMatch: string;
  columnSampleTime: string;
  columnExpertise: string;
  columnLab: string;
  columnRequester: string;
  columnStatus: string;
  columnResults: string;
  columnAbnormal: string;
  /** `{count}` */
  abnormalCount: string;
  /** Beside the first named findings: how many more are in the report. `{count}` */
  moreFindings: string;
  /** A resistant antibiotic, named. `{antibiotic}` */
  findingResistantName: string;
  noAbnormal: string;
  /** `{count}`: classes pps-kit computed (the lab did not flag them). */
  computedCount: string;
  /** A report with a positive finding: growth, an organism, a diagnosis. */
  findingPositive: string;
  /** `{count}`: susceptibilities answered R. */
  findingResistant: string;
  /** Long texts to read: neither "none" nor a finding can be said. */
  findingText: string;
  /** A cancelled or entered-in-error report in the overview. */
  findingVoid: string;
  /** The legend under the overview: what the computed mark means. */
  computedLegend: string;
  newMarker: string;
  /** `{time}` */
  newSince: string;
  /** `{expertise}`, `{time}` */
  openReport: string;
  unknownTime: string;
  // Flowsheet
  flowsheetHeading: string;
  searchAnalysis: string;
  order: string;
  newestFirst: string;
  oldestFirst: string;
  /** `{rows}`, `{columns}` */
  gridSummary: string;
  gridHelp: string;
  noRows: string;
  /** `{analysis}`, `{time}`, `{value}`: the accessible name of a cell. */
  cellLabel: string;
  /** `{analysis}`, `{time}` */
  cellEmpty: string;
  /** `{range}` */
  cellRange: string;
  /** `{lab}` */
  cellLab: string;
  /** `{count}`: more results at the same time. */
  cellMore: string;
  /** A cancelled or entered-in-error value: `{status}` */
  cellVoid: string;
  /** The flowsheet's legend. */
  legendHeading: string;
  /**
   * Visible marks of non-final statuses in the flowsheet: symbols, not letters, so that a cell's
   * visible text stays part of its accessible name (which says the status in words).
   */
  statusMarks: Partial<Record<NilarReportStatus | NilarObservationStatus, string>>;
  // Trend
  /** `{analysis}` */
  trendHeading: string;
  /** The heading before the analysis' name is known: never a bare code. */
  trendHeadingUnnamed: string;
  chooseAnalysis: string;
  trendWindow: string;
  windowAll: string;
  /** `{years}` */
  windowYears: string;
  trendTooFew: string;
  /**
   * The trend in one sentence: `{direction}` (`rising`, `falling`, `stable` or `variable`, an ICU
   * select) over the last `{count}` results (an ICU plural).
   */
  trendSummary: string;
  trendTable: string;
  /** The chart's points as a group, for screen readers. */
  trendPoints: string;
  /** Under a point's value in its tooltip and name, when it opens its report. */
  trendPointOpen: string;
  /** What the marks on preliminary and changed points mean. */
  trendMarks: string;
  /** `{number}`, `{time}`, `{reasons}` */
  trendBreak: string;
  /** One reason for a break: `{reason}` (`lab`, `unit` or `range`, an ICU select), `{from}`, `{to}`. */
  breakReason: string;
  trendNoValues: string;
}

/** Every text the lab-results views show. `{name}` marks a value filled in at run time. */
export interface LabResultsMessages extends LabReportMessages, LabResultsListMessages {}
