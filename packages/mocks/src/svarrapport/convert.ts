/**
 * Svarrapport (KITH v1.3 and v1.4) → NILAR FHIR, following the mapping PPS uses
 * (../shared/domain/lab-domain.md §3–4, pps-api.md §7). Where NILAR does not say, our reading is
 * written beside the code.
 */
import {
  type Bundle,
  type CodeableConcept,
  type Coding,
  type Extension,
  IDENTIFIER_SYSTEM,
  NILAR_EXTENSION,
  type NilarDiagnosticReport,
  type NilarObservation,
  type NilarPractitionerRole,
  type NilarServiceRequest,
  type NilarSpecimen,
  type Reference,
  type ResourceBase,
} from '@pps-kit/api-client';
import { seedFrom } from '../shared/random';
import { toFhirDateTime } from './dates';
import { SvarrapportError } from './errors';
import { observationStatus, reportStatus } from './status';
import { attr, child, children, decodeXml, parseXml, rawText, textOf, type XmlElement } from './xml';

/** The two Svarrapport namespaces PPS reads. */
export const SVARRAPPORT_NAMESPACES = {
  'v1.3': 'http://www.kith.no/xmlstds/labsvar/2008-12-01',
  'v1.4': 'http://www.kith.no/xmlstds/labsvar/2012-02-15',
} as const;

export interface SvarrapportOptions {
  /**
   * The converted earlier version of the same report, when there is one: its first-version date
   * (nilar-report-date) is kept, as PPS keeps it.
   */
  previous?: Bundle | undefined;
}

const oid = (s: string | undefined) => (s ? (s.startsWith('urn:oid:') ? s : `urn:oid:${s}`) : undefined);
const VOLVEN = (list: number) => `urn:oid:2.16.578.1.12.4.1.1.${list}`;

/** A coding from a KITH CV/CS element (`V`, `S`, `DN`, `OT`). */
function codingOf(element: XmlElement | undefined, list?: number): Coding | undefined {
  if (!element) return undefined;
  const code = attr(element, 'V');
  const display = attr(element, 'DN') ?? attr(element, 'OT');
  if (!code && !display) return undefined;
  const system = oid(attr(element, 'S')) ?? (list ? VOLVEN(list) : undefined);
  return { ...(system ? { system } : {}), ...(code ? { code } : {}), ...(display ? { display } : {}) };
}

const conceptOf = (element: XmlElement | undefined, list?: number): CodeableConcept | undefined => {
  const coding = codingOf(element, list);
  const text = attr(element, 'OT');
  return coding ? { coding: [coding], ...(text && text !== coding.display ? { text } : {}) } : undefined;
};

function required(element: XmlElement | undefined, parent: XmlElement, name: string): XmlElement {
  if (!element)
    throw new SvarrapportError('missing-element', `${parent.path}/${name}`, 'required, but missing');
  return element;
}

/** A required coded value (`V`). */
function requiredCode(parent: XmlElement, name: string): string {
  const element = required(child(parent, name), parent, name);
  const value = attr(element);
  if (!value) throw new SvarrapportError('missing-element', element.path, 'the code (V) is missing');
  return value;
}

/** A required text value. */
function requiredText(parent: XmlElement, name: string): string {
  const element = required(child(parent, name), parent, name);
  const value = textOf(element);
  if (!value) throw new SvarrapportError('missing-element', element.path, 'the value is empty');
  return value;
}

function dateOf(element: XmlElement | undefined): string | undefined {
  const value = attr(element);
  return value && element ? toFhirDateTime(value, element.path) : undefined;
}

/** A deterministic UUID-shaped id. */
function uuidFrom(key: string): string {
  const hex = [0, 1, 2, 3].map((i) => seedFrom(key, i).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const IDENTIFIER_BY_TYPE: Record<string, string> = {
  HPR: IDENTIFIER_SYSTEM.hpr,
  HER: IDENTIFIER_SYSTEM.her,
  ENH: IDENTIFIER_SYSTEM.enh,
  RSH: IDENTIFIER_SYSTEM.resh,
  RESH: IDENTIFIER_SYSTEM.resh,
  AKO: IDENTIFIER_SYSTEM.ako,
  FNR: IDENTIFIER_SYSTEM.fnr,
  DNR: IDENTIFIER_SYSTEM.dnr,
  FHN: IDENTIFIER_SYSTEM.fhnr,
  FHNR: IDENTIFIER_SYSTEM.fhnr,
};

/** Report types (8202) by main expertise and by fagområde. */
const PATHOLOGY = new Set(['PAT', 'HIST', 'CYTO', 'MPAT', 'OBD', 'MORS']);
const IMAGING = new Set(['BLD', 'RTG', 'RAD', 'CT', 'MR', 'UL', 'MA', 'SCI', 'NUK']);
const MAIN_EXPERTISE_DISPLAY = {
  LAB: 'Laboratoriemedisin',
  PAT: 'Patologi',
  BLD: 'Bildediagnostikk',
} as const;
const EXPERTISE_DISPLAY: Record<string, string> = {
  CLIN: 'Medisinsk biokjemi',
  MBIO: 'Medisinsk mikrobiologi',
  MGEN: 'Medisinsk genetikk',
  FARM: 'Klinisk farmakologi',
  IMTR: 'Immunologi og transfusjonsmedisin',
  PAT: 'Patologi',
  RAD: 'Radiologi',
  NUK: 'Nukleærmedisin',
};

function fagomradeOf(msgDescr: string): string | undefined {
  if (PATHOLOGY.has(msgDescr)) return 'PAT';
  if (msgDescr === 'NUK' || msgDescr === 'SCI') return 'NUK';
  if (IMAGING.has(msgDescr)) return 'RAD';
  return EXPERTISE_DISPLAY[msgDescr] ? msgDescr : undefined;
}

const ref = (resource: { resourceType: string; id: string }): Reference => ({
  reference: `${resource.resourceType}/${resource.id}`,
});

/** One ServReport's resources. */
class ReportBuilder {
  readonly roles = new Map<string, NilarPractitionerRole>();
  readonly specimens: NilarSpecimen[] = [];
  readonly specimenBySampleId = new Map<string, NilarSpecimen>();
  readonly observations: NilarObservation[] = [];

  constructor(
    readonly prefix: string,
    readonly subject: Reference,
  ) {}

  /** A PractitionerRole for an HCP (institution, department, person), once per distinct party. */
  role(hcp: XmlElement | undefined, relation?: XmlElement): NilarPractitionerRole | undefined {
    if (!hcp) return undefined;
    const inst = child(hcp, 'Inst');
    const prof = child(hcp, 'HCProf') ?? child(inst, 'HCPerson');
    const dept = child(inst, 'Dept');
    const orgName = [textOf(child(inst, 'Name')), textOf(child(dept, 'Name'))].filter(Boolean).join(', ');
    const orgId = textOf(child(inst, 'Id'));
    const orgType = attr(child(inst, 'TypeId'));
    const personName = textOf(child(prof, 'Name'));
    const personId = textOf(child(prof, 'Id'));
    const personType = attr(child(prof, 'TypeId'));
    const relationCode = codingOf(relation);
    const category = codingOf(child(prof, 'Type'), 9060);
    const key = [orgName, orgId, personName, personId, relationCode?.code].join('|');
    const existing = this.roles.get(key);
    if (existing) return existing;
    const role: NilarPractitionerRole = {
      resourceType: 'PractitionerRole',
      id: `${this.prefix}-pr${this.roles.size + 1}`,
      ...(personName || personId
        ? {
            practitioner: {
              ...(personId
                ? {
                    identifier: {
                      ...(personType && IDENTIFIER_BY_TYPE[personType]
                        ? { system: IDENTIFIER_BY_TYPE[personType] }
                        : {}),
                      value: personId,
                    },
                  }
                : {}),
              ...(personName ? { display: personName } : {}),
            },
          }
        : {}),
      ...(orgName || orgId
        ? {
            organization: {
              ...(orgId
                ? {
                    identifier: {
                      ...(orgType && IDENTIFIER_BY_TYPE[orgType]
                        ? { system: IDENTIFIER_BY_TYPE[orgType] }
                        : {}),
                      value: orgId,
                    },
                  }
                : {}),
              ...(orgName ? { display: orgName } : {}),
            },
          }
        : {}),
      ...(relationCode || category
        ? {
            code: [relationCode, category]
              .filter((c): c is Coding => c !== undefined)
              .map((c) => ({ coding: [c] })),
          }
        : {}),
    };
    this.roles.set(key, role);
    return role;
  }

  specimen(subject: XmlElement, serviceRequestAt: string | undefined): void {
    const sample = child(subject, 'CollectedSample');
    const sampleId = textOf(child(subject, 'IdByServProvider'));
    const collected = dateOf(child(sample, 'CollectedDate'));
    const typeText = textOf(child(subject, 'Type'));
    const typeCoded = codingOf(child(subject, 'TypeCoded'));
    const extension: Extension[] = [];
    const accredited = attr(child(subject, 'Accredited'));
    if (accredited) extension.push({ url: NILAR_EXTENSION.accredited, valueBoolean: accredited === 'true' });
    const number = attr(child(subject, 'Number'));
    if (number && /^\d+$/.test(number))
      extension.push({ url: NILAR_EXTENSION.containerCount, valueInteger: Number(number) });
    for (const handling of children(subject, 'SampleHandling')) {
      const text = textOf(handling);
      if (text) extension.push({ url: NILAR_EXTENSION.sampleHandling, valueString: text });
    }
    const pretreatment = textOf(child(child(subject, 'Pretreatment'), 'TextResultValue'));
    if (pretreatment) extension.push({ url: NILAR_EXTENSION.pretreatment, valueString: pretreatment });
    const collectionExtension: Extension[] = [];
    const collectorComment = textOf(child(sample, 'CollectorComment'));
    if (collectorComment)
      collectionExtension.push({ url: NILAR_EXTENSION.comment, valueString: collectorComment });
    for (const coded of children(sample, 'CollectorCommentCoded')) {
      const concept = conceptOf(coded, 8275);
      if (concept) collectionExtension.push({ url: NILAR_EXTENSION.comment, valueCodeableConcept: concept });
    }
    const logistics = textOf(child(sample, 'Logistics'));
    if (logistics) collectionExtension.push({ url: NILAR_EXTENSION.logistics, valueString: logistics });
    const bodySite = textOf(child(subject, 'AnatomicalOrigin'));
    const requesterSampleId = textOf(child(subject, 'IdByRequester'));
    const note = textOf(child(subject, 'Comment'));

    const specimen: NilarSpecimen = {
      resourceType: 'Specimen',
      id: `${this.prefix}-sp${this.specimens.length + 1}`,
      ...(requesterSampleId
        ? { identifier: [{ system: 'AnalysedSubjectIdByRequester', value: requesterSampleId }] }
        : {}),
      ...(sampleId ? { accessionIdentifier: { system: 'AnalysedSubjectId', value: sampleId } } : {}),
      ...(typeText || typeCoded
        ? { type: { ...(typeCoded ? { coding: [typeCoded] } : {}), ...(typeText ? { text: typeText } : {}) } }
        : {}),
      subject: this.subject,
      ...(serviceRequestAt ? { receivedTime: serviceRequestAt } : {}),
      ...(collected || bodySite || collectionExtension.length > 0
        ? {
            collection: {
              ...(collected ? { collectedDateTime: collected } : {}),
              ...(bodySite ? { bodySite: { text: bodySite } } : {}),
              ...(collectionExtension.length > 0 ? { extension: collectionExtension } : {}),
            },
          }
        : {}),
      ...(note ? { note: [{ text: note }] } : {}),
      ...(extension.length > 0 ? { extension } : {}),
    };
    this.specimens.push(specimen);
    if (sampleId) this.specimenBySampleId.set(sampleId, specimen);
    for (const nested of children(subject, 'AnalysedSubject')) this.specimen(nested, serviceRequestAt);
  }
}

interface ItemContext {
  builder: ReportBuilder;
  reportRef: Reference;
  requestRef: Reference | undefined;
  reportStatus: NilarDiagnosticReport['status'];
  fagomrade: string | undefined;
  fallbackEffective: string | undefined;
  issued: string;
  /** IdResultItem → Observation, for RefIdResultItem links. */
  byItemId: Map<string, NilarObservation>;
  /** Observations that name another item (RefIdResultItem) and must move under it. */
  pendingLinks: { observation: NilarObservation; refId: string; path: string }[];
}

const COMPARATOR: Record<string, '<' | '<=' | '>' | '>=' | undefined> = {
  LT: '<',
  LE: '<=',
  GT: '>',
  GE: '>=',
  ML: '<',
  MG: '>',
};

/** The value of a ResultItem. Nothing is dropped: an unreadable number is kept as text. */
function resultValue(item: XmlElement): Partial<NilarObservation> {
  const num = child(item, 'NumResult');
  if (num) {
    const value = child(num, 'NumResultValue');
    const raw = value?.attrs.V ?? '';
    const unit = value?.attrs.U;
    const comparatorCode = attr(child(num, 'ArithmeticComp'));
    const comparator = comparatorCode ? COMPARATOR[comparatorCode] : undefined;
    const number = Number(raw.trim().replace(',', '.'));
    if (
      raw.trim() !== '' &&
      Number.isFinite(number) &&
      (comparator || !comparatorCode || comparatorCode === 'EQ')
    ) {
      return {
        valueQuantity: {
          value: number,
          ...(unit !== undefined && unit !== '' ? { unit } : {}),
          ...(comparator ? { comparator } : {}),
        },
      };
    }
    // Our reading: a value that is not a number (or a comparison FHIR cannot express) is kept
    // verbatim as text, with its operator and unit.
    const operator = attr(child(num, 'ArithmeticComp'), 'DN') ?? comparatorCode ?? '';
    const text = [operator, raw.trim(), unit ?? ''].filter(Boolean).join(' ');
    return text ? { valueCodeableConcept: { text } } : {};
  }
  const textResult = child(item, 'TextResult');
  if (textResult) {
    const text = textOf(child(textResult, 'TextResultValue'));
    const unit = textOf(child(textResult, 'Unit'));
    const codings = children(textResult, 'TextCode')
      .map((c) => codingOf(c))
      .filter((c): c is Coding => c !== undefined);
    const fullText = text && unit ? `${text} ${unit}` : text;
    if (!fullText && codings.length === 0) return {};
    return {
      valueCodeableConcept: {
        ...(codings.length > 0 ? { coding: codings } : {}),
        ...(fullText ? { text: fullText } : {}),
      },
    };
  }
  const interval = child(item, 'Interval');
  if (interval) {
    const bound = (name: string) => {
      const element = child(interval, name);
      const value = Number((element?.attrs.V ?? '').replace(',', '.'));
      return element && Number.isFinite(value) && element.attrs.V?.trim()
        ? { value, ...(element.attrs.U ? { unit: element.attrs.U } : {}) }
        : undefined;
    };
    const low = bound('Low');
    const high = bound('High');
    return { valueRange: { ...(low ? { low } : {}), ...(high ? { high } : {}) } };
  }
  const date = child(item, 'DateResult');
  if (date) {
    const value = dateOf(child(date, 'DateResultValue'));
    return value ? { valueDateTime: value } : {};
  }
  return {};
}

/** Observation (and its members) from a ResultItem. */
function convertItem(item: XmlElement, ctx: ItemContext, path: string): NilarObservation {
  const { builder } = ctx;
  const investigations = children(item, 'Investigation');
  const codings = investigations.flatMap((inv) =>
    children(inv, 'Id')
      .map((id) => codingOf(id))
      .filter((c): c is Coding => c !== undefined),
  );
  const heading = child(child(item, 'TextResult'), 'Heading');
  const codeText =
    attr(investigations[0] ? child(investigations[0], 'Id') : undefined, 'DN') ??
    attr(investigations[0] ? child(investigations[0], 'Id') : undefined, 'OT') ??
    attr(heading, 'DN');
  const method = investigations
    .flatMap((inv) => children(inv, 'Spec'))
    .map((spec) => codingOf(spec))
    .filter((c): c is Coding => c !== undefined);

  const sampleRef = textOf(child(item, 'RefAnalysedSubject'));
  const specimen =
    (sampleRef ? builder.specimenBySampleId.get(sampleRef) : undefined) ?? builder.specimens[0];
  const invDate = dateOf(child(item, 'InvDate'));
  const effective = specimen?.collection?.collectedDateTime ?? invDate ?? ctx.fallbackEffective;
  const itemServType = attr(child(item, 'ServType'));

  const extension: Extension[] = [
    { url: NILAR_EXTENSION.diagnosticReportRef, valueReference: ctx.reportRef },
  ];
  const accredited = attr(child(item, 'Accredited'));
  if (accredited) extension.push({ url: NILAR_EXTENSION.accredited, valueBoolean: accredited === 'true' });
  // Our reading of NILAR's history flag: items sent as Historikk (ServType H) are earlier results.
  if (itemServType === 'H') extension.push({ url: NILAR_EXTENSION.history, valueBoolean: true });
  const dates: [string, string][] = [
    ['InvDate', NILAR_EXTENSION.investigationDate],
    ['StatusChangeDate', NILAR_EXTENSION.statusChangeDate],
    ['DescrDate', NILAR_EXTENSION.descriptionDate],
    ['CounterSignDate', NILAR_EXTENSION.counterSignDate],
    ['MedicalValidationDate', NILAR_EXTENSION.medicalValidationDate],
  ];
  for (const [name, url] of dates) {
    const value = dateOf(child(item, name));
    if (value) extension.push({ url, valueDateTime: value });
  }

  const notes = [
    textOf(child(item, 'Comment')),
    ...investigations.map((inv) => textOf(child(inv, 'Comment'))),
    textOf(child(child(item, 'DiagComment'), 'TextResultValue')) ?? textOf(child(item, 'DiagComment')),
  ].filter((n): n is string => n !== undefined);

  const ranges = children(item, 'RefInterval')
    .map((range) => rawText(child(range, 'Descr')))
    .filter((text): text is string => text !== undefined && text.trim() !== '');

  const deviation = codingOf(child(item, 'DevResultInd'), 8244);
  const performers = children(item, 'RelServProv')
    .map((rel) => builder.role(child(rel, 'HCP'), child(rel, 'Relation')))
    .filter((r): r is NilarPractitionerRole => r !== undefined);
  const itemId = textOf(child(item, 'IdResultItem'));

  const observation: NilarObservation = {
    resourceType: 'Observation',
    id: `${builder.prefix}-o${path}`,
    ...(itemId ? { identifier: [{ system: 'ResultItemId', value: itemId }] } : {}),
    ...(ctx.requestRef ? { basedOn: [ctx.requestRef] } : {}),
    status: observationStatus(itemServType, attr(child(item, 'StatusInvestigation')), ctx.reportStatus),
    ...(ctx.fagomrade
      ? {
          category: [
            {
              coding: [
                {
                  system: VOLVEN(8202),
                  code: ctx.fagomrade,
                  display: EXPERTISE_DISPLAY[ctx.fagomrade] ?? ctx.fagomrade,
                },
              ],
            },
          ],
        }
      : {}),
    code: { ...(codings.length > 0 ? { coding: codings } : {}), ...(codeText ? { text: codeText } : {}) },
    subject: builder.subject,
    ...(effective ? { effectiveDateTime: effective } : {}),
    issued: ctx.issued,
    ...(performers.length > 0 ? { performer: performers.map(ref) } : {}),
    ...resultValue(item),
    ...(deviation ? { interpretation: [{ coding: [deviation] }] } : {}),
    ...(notes.length > 0 ? { note: notes.map((text) => ({ text })) } : {}),
    ...(method.length > 0 ? { method: { coding: method } } : {}),
    ...(specimen ? { specimen: ref(specimen) } : {}),
    ...(ranges.length > 0 ? { referenceRange: ranges.map((text) => ({ text })) } : {}),
    extension,
  };
  builder.observations.push(observation);
  if (itemId && !ctx.byItemId.has(itemId)) ctx.byItemId.set(itemId, observation);
  const refId = textOf(child(item, 'RefIdResultItem'));
  if (refId) ctx.pendingLinks.push({ observation, refId, path: item.path });

  const members = children(item, 'ResultItem').map((nested, index) =>
    convertItem(nested, ctx, `${path}-${index + 1}`),
  );
  if (members.length > 0) observation.hasMember = members.map(ref);
  return observation;
}

/** Every code in an Observation's tree, for the top-level `meta.tag` (pps-api.md §4.2). */
function treeTags(top: NilarObservation, byRef: Map<string, NilarObservation>): Coding[] {
  const tags: Coding[] = [];
  const seen = new Set<string>();
  const walk = (observation: NilarObservation) => {
    for (const coding of observation.code.coding ?? []) {
      const key = `${coding.system}|${coding.code}`;
      if (coding.code && !seen.has(key)) {
        seen.add(key);
        tags.push({ ...(coding.system ? { system: coding.system } : {}), code: coding.code });
      }
    }
    for (const member of observation.hasMember ?? []) {
      const next = byRef.get(member.reference ?? '');
      if (next) walk(next);
    }
  };
  walk(top);
  return tags;
}

function reportDateOf(bundle: Bundle | undefined, reportId: string): string | undefined {
  const report = bundle?.entry?.find(
    (e) => e.resource?.resourceType === 'DiagnosticReport' && e.resource.id === reportId,
  )?.resource as NilarDiagnosticReport | undefined;
  return report?.extension?.find((e) => e.url === NILAR_EXTENSION.reportDate)?.valueDateTime;
}

function convertReport(
  report: XmlElement,
  message: { genDate: string; msgId: string; index: number },
  options: SvarrapportOptions,
): ResourceBase[] {
  const servType = requiredCode(report, 'ServType');
  const status7306 = requiredCode(report, 'Status');
  const msgDescrElement = required(child(report, 'MsgDescr'), report, 'MsgDescr');
  const msgDescr = requiredCode(report, 'MsgDescr');
  const servProvId = requiredText(report, 'ServProvId');
  const issueDate = dateOf(required(child(report, 'IssueDate'), report, 'IssueDate'));
  if (!issueDate)
    throw new SvarrapportError('missing-element', `${report.path}/IssueDate`, 'the date (V) is missing');

  const patient = child(report, 'Patient');
  if (!patient) {
    throw new SvarrapportError(
      'missing-element',
      `${report.path}/Patient`,
      'the report names no patient; PPS keeps results for persons only',
    );
  }
  const personId = requiredText(patient, 'OffId');
  const personType = attr(child(patient, 'TypeOffId'));
  const subject: Reference = {
    identifier: {
      // Our reading: a hjelpenummer (HNR) has no national system, so none is claimed.
      ...(personType && IDENTIFIER_BY_TYPE[personType] ? { system: IDENTIFIER_BY_TYPE[personType] } : {}),
      value: personId,
    },
  };

  const serviceProvider = child(child(report, 'ServProvider'), 'HCP');
  const labKey =
    textOf(child(child(serviceProvider, 'Inst'), 'Id')) ??
    textOf(child(child(serviceProvider, 'Inst'), 'Name')) ??
    '';
  // The same lab's report id names the same report across versions.
  const reportId = uuidFrom(`${labKey}|${servProvId}`);
  const prefix = `${reportId.slice(0, 8)}-${seedFrom(`${message.msgId}|${message.index}`).toString(36)}`;
  const builder = new ReportBuilder(prefix, subject);
  const status = reportStatus(servType, status7306);

  // Performers: the sending lab first, then the report's related providers.
  const lab = builder.role(serviceProvider);
  const related = children(report, 'RelServProv')
    .map((rel) => builder.role(child(rel, 'HCP'), child(rel, 'Relation')))
    .filter((r): r is NilarPractitionerRole => r !== undefined);

  // The requester: the patient's Rekvirent, else the report's recipient (Requester, "Mottaker").
  const responsible = children(patient, 'ResponsibleHcp');
  const requesterHcp =
    child(responsible.find((r) => attr(child(r, 'Relation')) === 'REK') ?? responsible[0], 'HCP') ??
    child(child(report, 'Requester'), 'HCP');
  const requester = builder.role(requesterHcp, child(responsible[0], 'Relation'));

  const servReq = child(report, 'ServReq');
  const receipt = dateOf(child(servReq, 'ReceiptDate'));
  for (const subjectElement of children(patient, 'AnalysedSubject'))
    builder.specimen(subjectElement, receipt);

  let request: NilarServiceRequest | undefined;
  if (servReq) {
    const extension: Extension[] = [];
    if (receipt) extension.push({ url: NILAR_EXTENSION.receiptDate, valueDateTime: receipt });
    const payment = codingOf(child(servReq, 'PaymentCat'), 4101);
    if (payment) extension.push({ url: NILAR_EXTENSION.paymentCategory, valueCoding: payment });
    for (const reservation of children(servReq, 'Reservation')) {
      const concept = conceptOf(reservation, 3108);
      if (concept) extension.push({ url: NILAR_EXTENSION.reservation, valueCodeableConcept: concept });
    }
    const reasons = children(servReq, 'ReasonAsText').map((reason): CodeableConcept => {
      const headingCoding = codingOf(child(reason, 'Heading'), 8231);
      const text = textOf(child(reason, 'TextResultValue'));
      return { ...(headingCoding ? { coding: [headingCoding] } : {}), ...(text ? { text } : {}) };
    });
    const identifiers = [
      ['ServReqId', textOf(child(servReq, 'Id'))],
      ['ServReqIdByServProvider', textOf(child(servReq, 'IdByServProvider'))],
    ].filter((pair): pair is [string, string] => pair[1] !== undefined);
    const comment = textOf(child(servReq, 'ReqComment'));
    const authoredOn = dateOf(child(servReq, 'IssueDate'));
    request = {
      resourceType: 'ServiceRequest',
      id: `${prefix}-sr`,
      ...(identifiers.length > 0
        ? { identifier: identifiers.map(([system, value]) => ({ system, value })) }
        : {}),
      status:
        status === 'final' || status === 'amended' || status === 'appended'
          ? 'completed'
          : status === 'cancelled'
            ? 'revoked'
            : 'active',
      intent: 'order',
      subject,
      ...(authoredOn ? { authoredOn } : {}),
      ...(requester ? { requester: ref(requester) } : {}),
      ...(reasons.length > 0 ? { reasonCode: reasons } : {}),
      ...(builder.specimens.length > 0 ? { specimen: builder.specimens.map(ref) } : {}),
      ...(comment ? { note: [{ text: comment }] } : {}),
      ...(extension.length > 0 ? { extension } : {}),
    };
  }

  const reportRef = { reference: `DiagnosticReport/${reportId}` };
  const fagomrade = fagomradeOf(msgDescr);
  const ctx: ItemContext = {
    builder,
    reportRef,
    requestRef: request ? ref(request) : undefined,
    reportStatus: status,
    fagomrade,
    fallbackEffective: undefined,
    issued: message.genDate,
    byItemId: new Map(),
    pendingLinks: [],
  };
  const items = children(patient, 'ResultItem');
  let top = items.map((item, index) => convertItem(item, ctx, String(index + 1)));

  // RefIdResultItem: a susceptibility (or other item) belongs under the item it names, such as the
  // isolate (lab-domain.md §4). An item whose target is missing stays where it is, never dropped.
  // An item already nested in the XML keeps its place: its RefIdResultItem only repeats the link.
  for (const { observation, refId } of ctx.pendingLinks) {
    const target = ctx.byItemId.get(refId);
    if (!target || target === observation || !top.includes(observation)) continue;
    target.hasMember = [...(target.hasMember ?? []), ref(observation)];
    top = top.filter((o) => o !== observation);
  }
  const byRef = new Map(builder.observations.map((o) => [`Observation/${o.id}`, o]));
  for (const observation of top) {
    const tags = treeTags(observation, byRef);
    if (tags.length > 0) observation.meta = { tag: tags };
  }

  const extension: Extension[] = [
    // PPS keeps the first version's date on every later version (pps-api.md §7.7).
    { url: NILAR_EXTENSION.reportDate, valueDateTime: reportDateOf(options.previous, reportId) ?? issueDate },
  ];
  const approved = dateOf(child(report, 'ApprDate'));
  if (approved) extension.push({ url: NILAR_EXTENSION.approvalDate, valueDateTime: approved });
  const comment = textOf(child(report, 'Comment'));
  if (comment) extension.push({ url: NILAR_EXTENSION.comment, valueString: comment });
  for (const coded of [...children(report, 'CodedComment'), ...children(report, 'CancellationCode')]) {
    const concept = conceptOf(coded, 8269);
    if (concept) extension.push({ url: NILAR_EXTENSION.comment, valueCodeableConcept: concept });
  }
  for (const refDoc of children(report, 'RefDoc')) {
    // PPS drops attachments and says so in a comment (pps-api.md §7.8).
    const what = textOf(child(refDoc, 'Description')) ?? textOf(child(refDoc, 'MimeType'));
    extension.push({
      url: NILAR_EXTENSION.comment,
      valueString: `Et vedlegg til svarrapporten er fjernet${what ? ` (${what})` : ''}.`,
    });
  }
  for (const info of children(patient, 'InfItem')) {
    const observationElement = child(info, 'Observation');
    const text =
      textOf(child(observationElement, 'Description')) ?? textOf(child(observationElement, 'Comment'));
    const coded = conceptOf(child(observationElement, 'CodedDescr'));
    if (text) extension.push({ url: NILAR_EXTENSION.infItem, valueString: text });
    else if (coded) extension.push({ url: NILAR_EXTENSION.infItem, valueCodeableConcept: coded });
  }

  const effective = builder.observations
    .map((o) => o.effectiveDateTime)
    .filter((t): t is string => t !== undefined)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  const main = PATHOLOGY.has(msgDescr) ? 'PAT' : IMAGING.has(msgDescr) ? 'BLD' : 'LAB';
  const code = codingOf(msgDescrElement, 8202);

  const diagnosticReport: NilarDiagnosticReport = {
    resourceType: 'DiagnosticReport',
    id: reportId,
    identifier: [{ system: 'ServReportId', value: servProvId }],
    ...(request ? { basedOn: [ref(request)] } : {}),
    status,
    category: [{ coding: [{ system: VOLVEN(8202), code: main, display: MAIN_EXPERTISE_DISPLAY[main] }] }],
    code: code ? { coding: [code] } : { text: msgDescr },
    subject,
    ...(effective ? { effectiveDateTime: effective } : {}),
    issued: message.genDate,
    performer: [lab, ...related].filter((r): r is NilarPractitionerRole => r !== undefined).map(ref),
    result: top.map(ref),
    ...(builder.specimens.length > 0 ? { specimen: builder.specimens.map(ref) } : {}),
    extension,
  };

  return [
    diagnosticReport,
    ...(request ? [request] : []),
    ...builder.specimens,
    ...builder.roles.values(),
    ...builder.observations,
  ];
}

/**
 * Converts a Svarrapport message (v1.3 or v1.4; a string, or bytes decoded as the XML declaration
 * says) into a FHIR Bundle of type `collection` holding the NILAR resources PPS would store.
 * Throws SvarrapportError naming the element and the reason when the message cannot be read.
 */
export function svarrapportToNilar(
  xml: string | Uint8Array | ArrayBuffer,
  options: SvarrapportOptions = {},
): Bundle {
  const text = decodeXml(xml);
  if (text.trim() === '') throw new SvarrapportError('empty-message', '(document)', 'the message is empty');
  const root = parseXml(text);
  if (root.name !== 'Message') {
    throw new SvarrapportError(
      'unsupported-message',
      root.path,
      `expected a Svarrapport <Message>, got <${root.name}>`,
    );
  }
  const namespaces: readonly string[] = Object.values(SVARRAPPORT_NAMESPACES);
  if (!namespaces.includes(root.ns)) {
    throw new SvarrapportError(
      'unsupported-message',
      'Message',
      `namespace "${root.ns || '(none)'}" is not Svarrapport v1.3 (${SVARRAPPORT_NAMESPACES['v1.3']}) or v1.4 (${SVARRAPPORT_NAMESPACES['v1.4']})`,
    );
  }
  const genDate = dateOf(required(child(root, 'GenDate'), root, 'GenDate'));
  if (!genDate) throw new SvarrapportError('missing-element', 'Message/GenDate', 'the date (V) is missing');
  const msgId = requiredText(root, 'MsgId');
  const reports = children(root, 'ServReport');
  if (reports.length === 0)
    throw new SvarrapportError('empty-message', 'Message/ServReport', 'the message holds no report');

  const resources = reports.flatMap((report, index) =>
    convertReport(report, { genDate, msgId, index }, options),
  );
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: genDate,
    entry: resources.map((resource) => ({ fullUrl: `${resource.resourceType}/${resource.id}`, resource })),
  };
}
