/**
 * Code-system, identifier-system and extension URLs used by PPS (NILAR profiles).
 * One module, so that a URL that changes at NHN changes in one place.
 * Sources: ../shared/domain/pps-api.md §6.2, §7.3–7.5; lab-domain.md §5.
 */

/** Base of every NILAR StructureDefinition (profiles and extensions). */
export const NILAR_STRUCTURE_BASE = 'http://nhn.no/fhir/nilar/StructureDefinition/';

/** NILAR extension URLs. */
export const NILAR_EXTENSION = {
  reportDate: `${NILAR_STRUCTURE_BASE}nilar-report-date`,
  approvalDate: `${NILAR_STRUCTURE_BASE}nilar-approval-date`,
  comment: `${NILAR_STRUCTURE_BASE}nilar-comment`,
  infItem: `${NILAR_STRUCTURE_BASE}nilar-inf-item`,
  diagnosticReportRef: `${NILAR_STRUCTURE_BASE}nilar-diagnostic-report-ref`,
  history: `${NILAR_STRUCTURE_BASE}nilar-history`,
  accredited: `${NILAR_STRUCTURE_BASE}nilar-accredited`,
  receiptDate: `${NILAR_STRUCTURE_BASE}nilar-receipt-date`,
} as const;

/** The PVK privacy-outcome code system, current and legacy (both are emitted by PPS). */
export const PVK_OUTCOME_SYSTEM = 'http://nhn.no/fhir/nilar/CodeSystem/pvk-outcome-cs';
export const PVK_OUTCOME_SYSTEM_LEGACY = 'NilarPvkOutcome';

/** Person and organisation identifier systems (OIDs). */
export const IDENTIFIER_SYSTEM = {
  fnr: 'urn:oid:2.16.578.1.12.4.1.4.1',
  dnr: 'urn:oid:2.16.578.1.12.4.1.4.2',
  fhnr: 'urn:oid:2.16.578.1.12.4.1.4.3',
  hpr: 'urn:oid:2.16.578.1.12.4.1.4.4',
  her: 'urn:oid:2.16.578.1.12.4.1.2',
  enh: 'urn:oid:2.16.578.1.12.4.1.4.101',
  resh: 'urn:oid:2.16.578.1.12.4.1.4.102',
} as const;

/** OID of a Volven code list, e.g. `volvenOid(8202)`. */
export const volvenOid = (list: number): string => `2.16.578.1.12.4.1.1.${list}`;

/**
 * The three spellings a Volven code system URL may have in PPS output (pps-api.md §7.4, Q16).
 * Match codes on all of them.
 */
export function volvenSystems(list: number, suffix = ''): readonly string[] {
  return [
    `http://ehelse.no/fhir/CodeSystem/no-kodeverk-${list}${suffix}`,
    `http://helsedir.no/fhir/CodeSystem/no-kodeverk-${list}${suffix}`,
    `urn:oid:${volvenOid(list)}`,
  ];
}
