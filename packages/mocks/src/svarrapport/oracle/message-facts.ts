/**
 * The oracle's reading of a Svarrapport message: a plain DOM walk (the platform's DOMParser),
 * written from the standard (../shared/data/svarrapport/schema/svar-v1.4.xsd) and NILAR's mapping
 * (../shared/domain/nilar/mapping.md), sharing no code with the converter it checks.
 * Test code only.
 */
import type { ReportFacts } from './facts';
import { itemsOf } from './items';
import { reportStatusOf } from './statuses';
import {
  coded,
  decodeMessage,
  element,
  elements,
  ID_TYPES,
  nameOf,
  partyOf,
  text,
  time,
  v,
} from './xml-read';

export { itemStatusOf, reportStatusOf } from './statuses';
export { osloWallClock } from './xml-read';

// ── Reports ──────────────────────────────────────────────────────────────────────────────────

function reportOf(report: Element): ReportFacts {
  const servType = v(element(report, 'ServType'));
  const status = v(element(report, 'Status'));
  const patient = element(report, 'Patient');
  const servReq = element(report, 'ServReq');
  const received = time(element(servReq, 'ReceiptDate'));
  const person = `${ID_TYPES[v(element(patient, 'TypeOffId'))] ?? ''}|${text(element(patient, 'OffId'))}`;
  const { items, specimens } = patient
    ? itemsOf(patient, { servType, status, patient: person })
    : { items: [], specimens: [] };
  const responsible = elements(patient, 'ResponsibleHcp');
  const rekvirent = responsible.find((r) => v(element(r, 'Relation')) === 'REK') ?? responsible[0];
  return {
    patient: person,
    labReportId: text(element(report, 'ServProvId')),
    type: coded(element(report, 'MsgDescr'), 8202),
    performers: [
      partyOf(element(element(report, 'ServProvider'), 'HCP'), undefined),
      ...elements(report, 'RelServProv').map((rel) => partyOf(element(rel, 'HCP'), element(rel, 'Relation'))),
    ],
    requester: element(rekvirent, 'HCP')
      ? partyOf(element(rekvirent, 'HCP'), element(rekvirent, 'Relation'))
      : partyOf(element(element(report, 'Requester'), 'HCP'), undefined),
    status: reportStatusOf(servType, status),
    labStatus: `${coded(element(report, 'ServType'), 7309)}/${coded(element(report, 'Status'), 7306)}`,
    issued: time(element(report.parentElement ?? undefined, 'GenDate')),
    firstIssued: time(element(report, 'IssueDate')),
    approved: time(element(report, 'ApprDate')),
    comments: [
      text(element(report, 'Comment')),
      ...elements(report, 'CodedComment').map((c) => coded(c, 8269)),
      ...elements(report, 'CancellationCode').map((c) => coded(c)),
    ].filter(Boolean),
    attachmentsDropped: elements(report, 'RefDoc').map(
      (doc) => text(element(doc, 'Description')) || text(element(doc, 'MimeType')),
    ),
    clinicalInfo: elements(patient, 'InfItem').map((info) => {
      const observation = element(info, 'Observation');
      return [
        coded(element(info, 'Type')),
        text(element(observation, 'Description')),
        text(element(observation, 'Comment')),
        coded(element(observation, 'CodedDescr')),
        time(element(info, 'StartDateTime')),
        time(element(info, 'EndDateTime')),
        time(element(info, 'OrgDate')),
      ].join(' | ');
    }),
    specimens: specimens.map((s) => ({ ...s, received })),
    requisition:
      servReq || rekvirent || element(report, 'Requester')
        ? {
            ids: [
              text(element(servReq, 'Id')) ? `ServReqId:${text(element(servReq, 'Id'))}` : '',
              text(element(servReq, 'IdByServProvider'))
                ? `ServReqIdByServProvider:${text(element(servReq, 'IdByServProvider'))}`
                : '',
            ].filter(Boolean),
            issued: time(element(servReq, 'IssueDate')),
            received,
            reasons: elements(servReq, 'ReasonAsText').map(
              (r) => `${coded(element(r, 'Heading'), 8231)}|${text(element(r, 'TextResultValue'))}`,
            ),
            payment: coded(element(servReq, 'PaymentCat'), 4101),
            reservations: elements(servReq, 'Reservation').map((c) => coded(c, 3108)),
            comments: [
              text(element(servReq, 'ReqComment')),
              ...elements(servReq, 'Comment').map((c) =>
                [
                  nameOf(element(c, 'Heading')),
                  text(element(c, 'TextResultValue')),
                  nameOf(element(c, 'TextCode')),
                ]
                  .filter(Boolean)
                  .join(': '),
              ),
            ].filter(Boolean),
            servType: coded(element(servReq, 'ServType'), 7309),
          }
        : undefined,
    items,
  };
}

/** What a Svarrapport message says, report by report. */
export function messageFacts(bytes: Uint8Array | string, parser: DOMParser = new DOMParser()): ReportFacts[] {
  const source = typeof bytes === 'string' ? bytes.replace(/^\uFEFF/, '') : decodeMessage(bytes);
  const doc = parser.parseFromString(source, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('the oracle cannot read this XML');
  return elements(doc.documentElement, 'ServReport').map(reportOf);
}
