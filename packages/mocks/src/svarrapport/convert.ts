/**
 * Svarrapport (KITH v1.3 and v1.4) → NILAR FHIR, following the mapping PPS uses
 * (../shared/domain/nilar/mapping.md; lab-domain.md §3–4, pps-api.md §7), keeping everything the
 * lab sent and inventing nothing: a date without a time stays a date, a required element the lab
 * left out is marked absent, a number keeps its digits. Where NILAR does not say, our reading is
 * written beside the code; what NILAR has no element for travels in FHIR's and pps-kit's
 * documented extensions (`FHIR_EXTENSION`, `PPS_KIT_EXTENSION` in @pps-kit/api-client).
 */
import {
  type Bundle,
  CODE_LIST,
  type CodeableConcept,
  type Coding,
  type Extension,
  hasTimeOfDay,
  NILAR_EXTENSION,
  type NilarDiagnosticReport,
  type NilarObservation,
  type NilarPractitionerRole,
  type NilarServiceRequest,
  PPS_KIT_NOTE_AUTHOR,
  type Reference,
  type ResourceBase,
} from '@pps-kit/api-client';
import { seedFrom } from '../shared/random';
import { ABSENT, codingOf, conceptOf, nameOf, VOLVEN } from './codes';
import { dateOf } from './dates';
import { SvarrapportError } from './errors';
import { convertItems, labStatusExtension } from './items';
import { IDENTIFIER_BY_TYPE, ReportParties, ref } from './parties';
import { reportStatus } from './status';
import { attr, child, children, decodeXml, parseXml, textOf, type XmlElement } from './xml';

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

/** A required date (`V`). */
function requiredDate(parent: XmlElement, name: string): string {
  const value = dateOf(required(child(parent, name), parent, name));
  if (!value)
    throw new SvarrapportError('missing-element', `${parent.path}/${name}`, 'the date (V) is missing');
  return value;
}

/** A deterministic UUID-shaped id. */
function uuidFrom(key: string): string {
  const hex = [0, 1, 2, 3].map((i) => seedFrom(key, i).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

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

function reportDateOf(bundle: Bundle | undefined, reportId: string): string | undefined {
  const report = bundle?.entry?.find(
    (e) => e.resource?.resourceType === 'DiagnosticReport' && e.resource.id === reportId,
  )?.resource as NilarDiagnosticReport | undefined;
  return report?.extension?.find((e) => e.url === NILAR_EXTENSION.reportDate)?.valueDateTime;
}

/** Every code in an Observation's tree, for the top-level `meta.tag` (pps-api.md §4.2). */
function treeTags(top: NilarObservation, byRef: Map<string, NilarObservation>): Coding[] {
  const tags: Coding[] = [];
  const seen = new Set<string>();
  const stack = [top];
  for (let o = stack.pop(); o; o = stack.pop()) {
    for (const coding of o.code?.coding ?? []) {
      const key = `${coding.system}|${coding.code}`;
      if (coding.code && !seen.has(key)) {
        seen.add(key);
        tags.push({ ...(coding.system ? { system: coding.system } : {}), code: coding.code });
      }
    }
    for (const member of [...(o.hasMember ?? [])].reverse()) {
      const next = byRef.get(member.reference ?? '');
      if (next) stack.push(next);
    }
  }
  return tags;
}

/** Clinical information (InfItem) as NILAR's complex extension. */
function infItemOf(info: XmlElement): Extension | undefined {
  const observation = child(info, 'Observation');
  const parts: Extension[] = [];
  const type = conceptOf(child(info, 'Type'));
  const description = textOf(child(observation, 'Description'));
  const comment = textOf(child(observation, 'Comment'));
  const coded = conceptOf(child(observation, 'CodedDescr'));
  if (description) parts.push({ url: NILAR_EXTENSION.infItemDescr, valueString: description });
  if (comment) parts.push({ url: NILAR_EXTENSION.comment, valueAnnotation: { text: comment } });
  if (coded) parts.push({ url: NILAR_EXTENSION.infItemCodedDescr, valueCodeableConcept: coded });
  for (const [name, url] of [
    ['StartDateTime', NILAR_EXTENSION.infItemStart],
    ['EndDateTime', NILAR_EXTENSION.infItemEnd],
    ['OrgDate', NILAR_EXTENSION.infItemOrgTime],
  ] as const) {
    const value = dateOf(child(info, name));
    if (value) parts.push({ url, valueDateTime: value });
  }
  if (!type && parts.length === 0) return undefined;
  // infitemtype is 1..1 in NILAR and Type required in the standard: absent, never made up.
  const typeConcept: CodeableConcept = type ?? { ...ABSENT };
  return {
    url: NILAR_EXTENSION.infItem,
    extension: [{ url: NILAR_EXTENSION.infItemType, valueCodeableConcept: typeConcept }, ...parts],
  };
}

function serviceRequestOf(
  servReq: XmlElement | undefined,
  id: string,
  context: {
    subject: Reference;
    requester: NilarPractitionerRole | undefined;
    status: NilarDiagnosticReport['status'];
    specimens: Reference[];
    receipt: string | undefined;
  },
): NilarServiceRequest {
  const extension: Extension[] = [];
  if (context.receipt) extension.push({ url: NILAR_EXTENSION.receiptDate, valueDateTime: context.receipt });
  const payment = conceptOf(child(servReq, 'PaymentCat'), CODE_LIST.paymentCategory);
  if (payment) extension.push({ url: NILAR_EXTENSION.paymentCategory, valueCodeableConcept: payment });
  for (const reservation of children(servReq, 'Reservation')) {
    const concept = conceptOf(reservation, 3108);
    if (concept) extension.push({ url: NILAR_EXTENSION.reservation, valueCodeableConcept: concept });
  }
  // The requisition's own ServType (7309): `C` says the requisition itself was cancelled.
  const labStatus = labStatusExtension(child(servReq, 'ServType'), undefined, [
    CODE_LIST.reportServType,
    CODE_LIST.reportStatus,
  ]);
  if (labStatus) extension.push(labStatus);
  const reasons = children(servReq, 'ReasonAsText').map((reason): CodeableConcept => {
    const headingCoding = codingOf(child(reason, 'Heading'), CODE_LIST.requisitionReason);
    const text = textOf(child(reason, 'TextResultValue'));
    return { ...(headingCoding ? { coding: [headingCoding] } : {}), ...(text ? { text } : {}) };
  });
  const identifiers = [
    ['ServReqId', textOf(child(servReq, 'Id'))],
    ['ServReqIdByServProvider', textOf(child(servReq, 'IdByServProvider'))],
  ].filter((pair): pair is [string, string] => pair[1] !== undefined);
  // ReqComment ("Rekvirentens kommentar") and the structured comments (heading, text, code).
  const comments = [
    textOf(child(servReq, 'ReqComment')),
    ...children(servReq, 'Comment').map((c) =>
      [nameOf(child(c, 'Heading')), textOf(child(c, 'TextResultValue')), nameOf(child(c, 'TextCode'))]
        .filter(Boolean)
        .join(': '),
    ),
  ].filter((c): c is string => Boolean(c));
  const authoredOn = dateOf(child(servReq, 'IssueDate'));
  const { status } = context;
  return {
    resourceType: 'ServiceRequest',
    id,
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
    subject: context.subject,
    ...(authoredOn ? { authoredOn } : {}),
    ...(context.requester ? { requester: ref(context.requester) } : {}),
    ...(reasons.length > 0 ? { reasonCode: reasons } : {}),
    ...(context.specimens.length > 0 ? { specimen: context.specimens } : {}),
    ...(comments.length > 0 ? { note: comments.map((text) => ({ text })) } : {}),
    ...(extension.length > 0 ? { extension } : {}),
  };
}

function reportExtensions(report: XmlElement, patient: XmlElement, firstIssued: string): Extension[] {
  const extension: Extension[] = [{ url: NILAR_EXTENSION.reportDate, valueDateTime: firstIssued }];
  const approved = dateOf(child(report, 'ApprDate'));
  if (approved) extension.push({ url: NILAR_EXTENSION.approvalDate, valueDateTime: approved });
  const comment = textOf(child(report, 'Comment'));
  if (comment) extension.push({ url: NILAR_EXTENSION.comment, valueAnnotation: { text: comment } });
  for (const [element, list] of [
    ...children(report, 'CodedComment').map((c) => [c, CODE_LIST.reportComment] as const),
    ...children(report, 'CancellationCode').map((c) => [c, undefined] as const),
  ]) {
    const concept = conceptOf(element, list);
    if (concept) extension.push({ url: NILAR_EXTENSION.comment, valueCodeableConcept: concept });
  }
  for (const refDoc of children(report, 'RefDoc')) {
    // PPS drops attachments and says so in a comment (pps-api.md §7.8).
    const what = textOf(child(refDoc, 'Description')) ?? textOf(child(refDoc, 'MimeType'));
    extension.push({
      url: NILAR_EXTENSION.comment,
      valueAnnotation: {
        text: `Et vedlegg til svarrapporten er fjernet${what ? ` (${what})` : ''}.`,
        authorString: PPS_KIT_NOTE_AUTHOR,
      },
    });
  }
  for (const info of children(patient, 'InfItem')) {
    const item = infItemOf(info);
    if (item) extension.push(item);
  }
  return extension;
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
  const issueDate = requiredDate(report, 'IssueDate');

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
  const parties = new ReportParties(prefix, subject);
  const status = reportStatus(servType, status7306);
  // An instant needs a time; a message dated without one gives no `issued` rather than midnight.
  const issued = hasTimeOfDay(message.genDate) ? message.genDate : undefined;

  // Performers: the sending lab first, then the report's related providers.
  const lab = parties.role(serviceProvider);
  const related = children(report, 'RelServProv')
    .map((rel) => parties.role(child(rel, 'HCP'), child(rel, 'Relation')))
    .filter((r): r is NilarPractitionerRole => r !== undefined);

  // The requester: the patient's Rekvirent, else the report's recipient (Requester, "Mottaker").
  const responsible = children(patient, 'ResponsibleHcp');
  const rekvirent = responsible.find((r) => attr(child(r, 'Relation')) === 'REK') ?? responsible[0];
  const requester = child(rekvirent, 'HCP')
    ? parties.role(child(rekvirent, 'HCP'), child(rekvirent, 'Relation'))
    : parties.role(child(child(report, 'Requester'), 'HCP'));

  const servReq = child(report, 'ServReq');
  const receipt = dateOf(child(servReq, 'ReceiptDate'));
  for (const subjectElement of children(patient, 'AnalysedSubject'))
    parties.specimen(subjectElement, receipt);

  // Our reading: a report without ServReq still has a requester (ResponsibleHcp); a requisition
  // without ids holds it, so the Rekvirent is never lost.
  const request =
    servReq || requester
      ? serviceRequestOf(servReq, `${prefix}-sr`, {
          subject,
          requester,
          status,
          specimens: parties.specimens.map(ref),
          receipt,
        })
      : undefined;

  const fagomrade = fagomradeOf(msgDescr);
  const { observations, top } = convertItems(patient, {
    parties,
    reportRef: { reference: `DiagnosticReport/${reportId}` },
    requestRef: request ? ref(request) : undefined,
    report: { servType, status },
    category: fagomrade
      ? [
          {
            coding: [
              { system: VOLVEN(8202), code: fagomrade, display: EXPERTISE_DISPLAY[fagomrade] ?? fagomrade },
            ],
          },
        ]
      : undefined,
    issued,
  });
  const byRef = new Map(observations.map((o) => [`Observation/${o.id}`, o]));
  for (const observation of top) {
    const tags = treeTags(observation, byRef);
    if (tags.length > 0) observation.meta = { tag: tags };
  }

  // PPS keeps the first version's date on every later version (pps-api.md §7.7).
  const extension = reportExtensions(report, patient, reportDateOf(options.previous, reportId) ?? issueDate);
  const labStatus = labStatusExtension(child(report, 'ServType'), child(report, 'Status'), [
    CODE_LIST.reportServType,
    CODE_LIST.reportStatus,
  ]);
  if (labStatus) extension.push(labStatus);

  const effective = observations
    .map((o) => o.effectiveDateTime)
    .filter((t): t is string => t !== undefined)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  const main = PATHOLOGY.has(msgDescr) ? 'PAT' : IMAGING.has(msgDescr) ? 'BLD' : 'LAB';
  const code = codingOf(msgDescrElement, 8202);
  const performers = [lab, ...related].filter((r): r is NilarPractitionerRole => r !== undefined);

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
    ...(issued ? { issued } : {}),
    ...(performers.length > 0 ? { performer: performers.map(ref) } : {}),
    ...(top.length > 0 ? { result: top.map(ref) } : {}),
    ...(parties.specimens.length > 0 ? { specimen: parties.specimens.map(ref) } : {}),
    extension,
  };

  return [
    diagnosticReport,
    ...(request ? [request] : []),
    ...parties.specimens,
    ...parties.roles.values(),
    ...observations,
  ];
}

/**
 * Converts a Svarrapport message (v1.3 or v1.4; a string, or bytes decoded by their byte-order
 * mark or XML declaration) into a FHIR Bundle of type `collection` holding the NILAR resources
 * PPS would store. Throws SvarrapportError naming the element and the reason when the message
 * cannot be read.
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
  const genDate = requiredDate(root, 'GenDate');
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
    ...(hasTimeOfDay(genDate) ? { timestamp: genDate } : {}),
    entry: resources.map((resource) => ({ fullUrl: `${resource.resourceType}/${resource.id}`, resource })),
  };
}
