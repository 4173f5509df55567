/** One ServReport → the NILAR DiagnosticReport with its results, specimens, parties and requisition. */
import {
  type Bundle,
  CODE_LIST,
  type Coding,
  type Extension,
  hasTimeOfDay,
  NILAR_EXTENSION,
  type NilarDiagnosticReport,
  type NilarObservation,
  type NilarPractitionerRole,
  PPS_KIT_NOTE_AUTHOR,
  type Reference,
  type ResourceBase,
} from '@pps-kit/api-client';
import { seedFrom } from '../shared/random';
import { codingOf, conceptOf, VOLVEN } from './codes';
import type { SvarrapportOptions } from './convert';
import { dateOf } from './dates';
import { SvarrapportError } from './errors';
import { convertItems, labStatusExtension } from './items';
import { IDENTIFIER_BY_TYPE, ReportParties, ref } from './parties';
import { required, requiredCode, requiredDate, requiredText, uuidFrom } from './required';
import { infItemOf, serviceRequestOf } from './requisition';
import { reportStatus } from './status';
import { attr, child, children, textOf, type XmlElement } from './xml';

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

export function convertReport(
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
