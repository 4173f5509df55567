/** The requisition behind a report (ServReq) and its clinical information (InfItem), as NILAR. */
import {
  CODE_LIST,
  type CodeableConcept,
  type Extension,
  NILAR_EXTENSION,
  type NilarDiagnosticReport,
  type NilarPractitionerRole,
  type NilarServiceRequest,
  type Reference,
} from '@pps-kit/api-client';
import { ABSENT, codingOf, conceptOf, nameOf } from './codes';
import { dateOf } from './dates';
import { labStatusExtension } from './items';
import { ref } from './parties';
import { child, children, textOf, type XmlElement } from './xml';

/** Clinical information (InfItem) as NILAR's complex extension. */
export function infItemOf(info: XmlElement): Extension | undefined {
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

export function serviceRequestOf(
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
