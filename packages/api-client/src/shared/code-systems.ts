/**
 * Code-system, identifier-system and extension URLs used by PPS (NILAR profiles), in one module,
 * so that a URL that changes at NHN changes in one place.
 * Sources: ../shared/domain/pps-api.md §6.2, §7.3–7.5; lab-domain.md §5.
 */

/** Base of every NILAR StructureDefinition (profiles and extensions). */
export const NILAR_STRUCTURE_BASE = 'http://nhn.no/fhir/nilar/StructureDefinition/';

const ext = (name: string) => `${NILAR_STRUCTURE_BASE}nilar-${name}` as const;

/** NILAR extension URLs (`http://nhn.no/fhir/nilar/StructureDefinition/nilar-<name>`). */
export const NILAR_EXTENSION = {
  /** DiagnosticReport: the first version's date (Svarrapport IssueDate, "Rapportdato"). */
  reportDate: ext('report-date'),
  /** DiagnosticReport: approval time ("Godkjenningstidspunkt"). */
  approvalDate: ext('approval-date'),
  /** Report, requisition, specimen collection: comments (coded 8269/8272/8273/8234/8275 or text). */
  comment: ext('comment'),
  /** DiagnosticReport: clinical information items (complex: the parts below). */
  infItem: ext('inf-item'),
  /** Part of `infItem`: what kind of information (CodeableConcept, e.g. "Klinisk opplysning"). */
  infItemType: ext('inf-item-type'),
  /** Part of `infItem`: the information as text. */
  infItemDescr: ext('inf-item-descr'),
  /** Part of `infItem`: the information coded. */
  infItemCodedDescr: ext('inf-item-coded-descr'),
  infItemStart: ext('inf-item-start'),
  infItemEnd: ext('inf-item-end'),
  /** Part of `infItem`: when the information was recorded. */
  infItemOrgTime: ext('inf-item-org-time'),
  /** Observation: the report it belongs to. */
  diagnosticReportRef: ext('diagnostic-report-ref'),
  /** Observation: `true` = a repeated, earlier-sent result (a repeat copy). */
  history: ext('history'),
  /** Observation, Specimen: the analysis is accredited. */
  accredited: ext('accredited'),
  investigationDate: ext('investigation-date'),
  statusChangeDate: ext('status-change-date'),
  counterSignDate: ext('counter-sign-date'),
  medicalValidationDate: ext('medical-validation-date'),
  descriptionDate: ext('description-date'),
  specification: ext('specification'),
  relatedObservation: ext('related-observation'),
  /** ServiceRequest: received at the lab ("Tidspunkt for mottak"). */
  receiptDate: ext('receipt-date'),
  /** ServiceRequest: code list 4101. */
  paymentCategory: ext('payment-category'),
  /** ServiceRequest: the patient's reservations, code list 3108. */
  reservation: ext('reservation'),
  logistics: ext('logistics'),
  /** Specimen collection: what else was taken (CollectedStudyProduct/Type). */
  studyProductType: ext('study-product-type'),
  /** Specimen collection: the product it refers to (CollectedStudyProduct/RefRelatedProd). */
  studyProductRef: ext('study-product-ref'),
  pretreatment: ext('pretreatment'),
  containerCount: ext('container-count'),
  sampleHandling: ext('sample-handling'),
} as const;

/** FHIR's own extensions that pps-kit writes and reads. */
export const FHIR_EXTENSION = {
  /**
   * On a Quantity: the number exactly as the lab wrote it ("14.0", "0.50", "1,5"), where the
   * decimal alone would lose its precision. Show this, not the number.
   */
  originalText: 'http://hl7.org/fhir/StructureDefinition/originalText',
  /** Why a required element has no value (`unknown`): nothing is invented to fill it. */
  dataAbsentReason: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason',
} as const;

/** Base of pps-kit's own extensions: facts of a Svarrapport that NILAR has no element for. */
export const PPS_KIT_STRUCTURE_BASE = 'urn:pps-kit:fhir:StructureDefinition:';

/**
 * pps-kit's extensions, written by the Svarrapport converter of `@pps-kit/mocks` and read by the
 * model. A PPS answer without them reads as before.
 */
export const PPS_KIT_EXTENSION = {
  /**
   * DiagnosticReport and Observation: the lab's own status codes, so that a report that is both
   * changed and preliminary says both. Complex: `servType` (7309 or 8270) and `status` (7306 or
   * 8245), each a `valueCoding`.
   */
  labStatus: `${PPS_KIT_STRUCTURE_BASE}lab-status`,
  /** On `valueCodeableConcept`: the unit of a text result (Svarrapport TextResult/Unit). */
  textUnit: `${PPS_KIT_STRUCTURE_BASE}text-result-unit`,
  /** On `valueQuantity`: the lab's comparison operator (code list 8239), e.g. `ML` "Mye mindre enn". */
  comparator: `${PPS_KIT_STRUCTURE_BASE}comparator`,
  /** On a note pps-kit wrote: why a result is not where the lab's link put it (`dangling`, `cycle`). */
  linkProblem: `${PPS_KIT_STRUCTURE_BASE}link-problem`,
} as const;

/** `Annotation.authorString` of notes and comments pps-kit wrote itself (never the lab's words). */
export const PPS_KIT_NOTE_AUTHOR = 'pps-kit';

/** The PVK privacy-outcome code system, current and legacy (PPS emits both). */
export const PVK_OUTCOME_SYSTEM = 'http://nhn.no/fhir/nilar/CodeSystem/pvk-outcome-cs';
export const PVK_OUTCOME_SYSTEM_LEGACY = 'NilarPvkOutcome';

/** Person and organisation identifier systems (OIDs). */
export const IDENTIFIER_SYSTEM = {
  /** Fødselsnummer. */
  fnr: 'urn:oid:2.16.578.1.12.4.1.4.1',
  /** D-nummer. */
  dnr: 'urn:oid:2.16.578.1.12.4.1.4.2',
  /** Felles hjelpenummer. */
  fhnr: 'urn:oid:2.16.578.1.12.4.1.4.3',
  /** Helsepersonellnummer. */
  hpr: 'urn:oid:2.16.578.1.12.4.1.4.4',
  duf: 'urn:oid:2.16.578.1.12.4.1.4.5',
  /** HER-id (Adresseregisteret). */
  her: 'urn:oid:2.16.578.1.12.4.1.2',
  /** Organisasjonsnummer (Enhetsregisteret). */
  enh: 'urn:oid:2.16.578.1.12.4.1.4.101',
  resh: 'urn:oid:2.16.578.1.12.4.1.4.102',
  ako: 'urn:oid:2.16.578.1.12.4.1.4.107',
} as const;

/** The identifier systems that name a person (the patient). */
export const PERSON_IDENTIFIER_SYSTEMS: readonly string[] = [
  IDENTIFIER_SYSTEM.fnr,
  IDENTIFIER_SYSTEM.dnr,
  IDENTIFIER_SYSTEM.fhnr,
];

/** IdentifierSource codes: where a report's or result's identifier came from in the Svarrapport. */
export const IDENTIFIER_SOURCE = [
  'MsgId',
  'ServReqId',
  'ServReqIdByServProvider',
  'AnalysedSubjectId',
  'AnalysedSubjectIdByRequester',
  'ServReportId',
  'ResultItemId',
] as const;
export type IdentifierSource = (typeof IDENTIFIER_SOURCE)[number];

/** Volven code lists pps-kit reads. */
export const CODE_LIST = {
  /** Type laboratoriemelding / fagområde. */
  expertise: 8202,
  /** Avviksmarkør (deviation flag). */
  deviation: 8244,
  /** Resistens (S/I/R). */
  susceptibility: 8271,
  /** Type tekstsvar (TextResult heading). */
  textResultHeading: 8243,
  /** Requisition reason headings. */
  requisitionReason: 8231,
  /** Kommentar til svarrapport. */
  reportComment: 8269,
  /** Prøvemateriale. */
  specimenType: 8351,
  /** Lab-local analysis codes. */
  localCode: 8212,
  /** Norsk laboratoriekodeverk (NLK). */
  nlk: 7280,
  /** NCRP radiology procedures. */
  ncrp: 7270,
  /** NORPAT. */
  norpat: 7010,
  /** Kategori helsepersonell (HPR roles). */
  hprRole: 9060,
  /** Sperring og nekting av dokumenter. */
  confidentiality: 9603,
  /** Betalingskategori. */
  paymentCategory: 4101,
  /** Forholdsoperatorer (`<`, `>` … on numeric results). */
  comparator: 8239,
  /** Svarrapport ServType (report). */
  reportServType: 7309,
  /** Svarrapport Status (report). */
  reportStatus: 7306,
  /** ResultItem ServType. */
  itemServType: 8270,
  /** ResultItem StatusInvestigation. */
  itemStatus: 8245,
} as const;

/** OID of a Volven code list, e.g. `volvenOid(8202)`. */
export const volvenOid = (list: number): string => `2.16.578.1.12.4.1.1.${list}`;

const NLK_SUFFIX = '-nlk';

/**
 * Every spelling a Volven code-system URL may have in PPS output (pps-api.md §7.4, Q16):
 * `http://ehelse.no/...`, `http://helsedir.no/...` and `urn:oid:...`. Match codes on all of them.
 */
export function volvenSystems(list: number): readonly string[] {
  const suffixes = list === CODE_LIST.nlk ? ['', NLK_SUFFIX] : [''];
  return [
    ...suffixes.flatMap((suffix) => [
      `http://ehelse.no/fhir/CodeSystem/no-kodeverk-${list}${suffix}`,
      `http://helsedir.no/fhir/CodeSystem/no-kodeverk-${list}${suffix}`,
    ]),
    `urn:oid:${volvenOid(list)}`,
    volvenOid(list),
  ];
}

/** Whether `system` is one of the spellings of Volven code list `list`. */
export const isVolvenSystem = (system: string | undefined, list: number): boolean =>
  system !== undefined && volvenSystems(list).includes(system);

/** The system pps-kit itself writes for a Volven list (NILAR's alias form). */
export const volvenSystem = (list: number): string =>
  `http://ehelse.no/fhir/CodeSystem/no-kodeverk-${list}${list === CODE_LIST.nlk ? NLK_SUFFIX : ''}`;

/**
 * Whether a FHIR date or dateTime holds a time of day. `2017-09-20` does not: the lab sent only
 * the date, and a view shows only the date (never midnight, never 02:00).
 */
export const hasTimeOfDay = (value: string): boolean => /T\d/.test(value);
