/**
 * Builders for NILAR resources, so that fixtures read like the lab report they describe.
 * Shapes follow the NILAR profiles (../shared/domain/pps-api.md §7, lab-domain.md §3–4).
 * Our reading where NILAR does not say: identifiers carry their IdentifierSource code as
 * `system`; comments are an Annotation or a coded `valueCodeableConcept` (NILAR's nilar-comment);
 * no empty arrays.
 */
import {
  CODE_LIST,
  type Coding,
  type Extension,
  NILAR_EXTENSION,
  type NilarDiagnosticReport,
  type NilarObservation,
  type NilarPractitionerRole,
  type NilarServiceRequest,
  type NilarSpecimen,
  PPS_KIT_EXTENSION,
  type ResourceBase,
} from '@pps-kit/api-client';
import { observationStatusFromReport } from '../svarrapport/status';
import { codeOf, coding, observationValue, practitionerRole, ref, subjectOf } from './build-parts';
import {
  DEVIATION,
  EXPERTISE,
  MAIN_EXPERTISE,
  REASON_DISPLAY,
  REPORT_TYPE,
  type ReportSpec,
  type ResultSpec,
  SERV_TYPE_7309,
  STATUS_7306,
} from './build-spec';

export { subjectOf } from './build-parts';
export * from './build-spec';

/** A DiagnosticReport version with its requisition, specimens, practitioner roles and result trees. */
export function buildReport(spec: ReportSpec): ResourceBase[] {
  const prefix = `${spec.id}-v${spec.version ?? 1}`;
  const subject = subjectOf(spec.personId);
  const main =
    spec.expertise === 'PAT' ? 'PAT' : spec.expertise === 'RAD' || spec.expertise === 'NUK' ? 'BLD' : 'LAB';
  const reportType = spec.reportType ?? spec.expertise;

  const labRole = practitionerRole(`${prefix}-pr-lab`, { name: '' }, spec.lab);
  const roles: NilarPractitionerRole[] = [labRole];
  if (spec.responsible) roles.push(practitionerRole(`${prefix}-pr-resp`, spec.responsible, spec.lab));
  const requesterRole = practitionerRole(`${prefix}-pr-req`, spec.requester);
  roles.push(requesterRole);

  const specimens: NilarSpecimen[] = spec.specimens.map((s, index) => ({
    resourceType: 'Specimen',
    id: `${prefix}-sp${index + 1}`,
    accessionIdentifier: {
      system: 'AnalysedSubjectId',
      value: s.accession ?? `${spec.servProvId}-${index + 1}`,
    },
    type: {
      ...(s.code ? { coding: [coding(CODE_LIST.specimenType, s.code, s.text)] } : {}),
      text: s.text,
    },
    subject,
    collection: { collectedDateTime: s.collected ?? spec.collected },
    ...(spec.requisition.receivedAt ? { receivedTime: spec.requisition.receivedAt } : {}),
  }));

  const request: NilarServiceRequest = {
    resourceType: 'ServiceRequest',
    id: `${prefix}-sr`,
    identifier: [{ system: 'ServReqId', value: spec.requisition.id }],
    status: spec.status === 'final' || spec.status === 'amended' ? 'completed' : 'active',
    intent: 'order',
    subject,
    authoredOn: spec.requisition.authoredOn,
    requester: ref(requesterRole),
    ...(spec.requisition.reason
      ? {
          reasonCode: [
            {
              coding: [
                coding(
                  CODE_LIST.requisitionReason,
                  spec.requisition.reason.heading,
                  REASON_DISPLAY[spec.requisition.reason.heading],
                ),
              ],
              text: spec.requisition.reason.text,
            },
          ],
        }
      : {}),
    ...(specimens.length > 0 ? { specimen: specimens.map(ref) } : {}),
    ...(spec.requisition.comment ? { note: [{ text: spec.requisition.comment }] } : {}),
    extension: [
      ...(spec.requisition.receivedAt
        ? [{ url: NILAR_EXTENSION.receiptDate, valueDateTime: spec.requisition.receivedAt }]
        : []),
      ...(spec.requisition.paymentCategory
        ? [
            {
              url: NILAR_EXTENSION.paymentCategory,
              valueCodeableConcept: {
                coding: [
                  coding(
                    CODE_LIST.paymentCategory,
                    spec.requisition.paymentCategory.code,
                    spec.requisition.paymentCategory.display,
                  ),
                ],
              },
            },
          ]
        : []),
    ],
  };

  const reportRef = { reference: `DiagnosticReport/${spec.id}` };
  const observations: NilarObservation[] = [];

  function build(result: ResultSpec, path: string, tags: Coding[]): NilarObservation {
    const code = codeOf(result.code, result.name);
    tags.push({ system: code.system ?? '', code: code.code ?? '' });
    const members = (result.members ?? []).map((member, index) =>
      build(member, `${path}-${index + 1}`, tags),
    );
    const extension: Extension[] = [{ url: NILAR_EXTENSION.diagnosticReportRef, valueReference: reportRef }];
    if (result.accredited !== undefined)
      extension.push({ url: NILAR_EXTENSION.accredited, valueBoolean: result.accredited });
    if (result.history) extension.push({ url: NILAR_EXTENSION.history, valueBoolean: true });
    const observation: NilarObservation = {
      resourceType: 'Observation',
      id: `${prefix}-o${path}`,
      ...(result.itemId ? { identifier: [{ system: 'ResultItemId', value: result.itemId }] } : {}),
      basedOn: [ref(request)],
      status: result.status ?? observationStatusFromReport(spec.status),
      category: [{ coding: [coding(CODE_LIST.expertise, spec.expertise, EXPERTISE[spec.expertise])] }],
      code: { coding: [code], text: result.name },
      subject,
      effectiveDateTime: result.effective ?? spec.collected,
      issued: spec.issued,
      performer: [ref(labRole)],
      ...observationValue(result),
      ...(result.flag
        ? { interpretation: [{ coding: [coding(CODE_LIST.deviation, result.flag, DEVIATION[result.flag])] }] }
        : {}),
      ...(result.comment ? { note: [{ text: result.comment }] } : {}),
      ...(specimens[0] ? { specimen: ref(specimens[0]) } : {}),
      ...(result.range !== undefined || result.rangeLow !== undefined || result.rangeHigh !== undefined
        ? {
            referenceRange: [
              {
                ...(result.rangeLow !== undefined
                  ? { low: { value: result.rangeLow, unit: result.unit ?? '' } }
                  : {}),
                ...(result.rangeHigh !== undefined
                  ? { high: { value: result.rangeHigh, unit: result.unit ?? '' } }
                  : {}),
                ...(result.range !== undefined ? { text: result.range } : {}),
              },
            ],
          }
        : {}),
      ...(members.length > 0 ? { hasMember: members.map(ref) } : {}),
      extension,
    };
    observations.push(observation);
    return observation;
  }

  const top = spec.results.map((result, index) => {
    const tags: Coding[] = [];
    const observation = build(result, String(index + 1), tags);
    // Every searchable code of the tree is copied to the top-level Observation (pps-api.md §4.2).
    observation.meta = { tag: tags.filter((t, i) => tags.findIndex((o) => o.code === t.code) === i) };
    return observation;
  });

  const effective = observations
    .map((o) => o.effectiveDateTime)
    .filter((t): t is string => t !== undefined)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];

  const comments: Extension[] = (spec.comments ?? []).map((comment) =>
    'text' in comment
      ? { url: NILAR_EXTENSION.comment, valueAnnotation: { text: comment.text } }
      : {
          url: NILAR_EXTENSION.comment,
          valueCodeableConcept: { coding: [coding(CODE_LIST.reportComment, comment.code, comment.display)] },
        },
  );

  const report: NilarDiagnosticReport = {
    resourceType: 'DiagnosticReport',
    id: spec.id,
    identifier: [{ system: 'ServReportId', value: spec.servProvId }],
    basedOn: [ref(request)],
    status: spec.status,
    category: [{ coding: [coding(CODE_LIST.expertise, main, MAIN_EXPERTISE[main])] }],
    code: { coding: [coding(CODE_LIST.expertise, reportType, REPORT_TYPE[reportType] ?? reportType)] },
    subject,
    ...(effective ? { effectiveDateTime: effective } : {}),
    issued: spec.issued,
    performer: roles.filter((r) => r !== requesterRole).map(ref),
    ...(top.length > 0 ? { result: top.map(ref) } : {}),
    ...(specimens.length > 0 ? { specimen: specimens.map(ref) } : {}),
    extension: [
      { url: NILAR_EXTENSION.reportDate, valueDateTime: spec.firstIssued ?? spec.issued },
      ...(spec.approved ? [{ url: NILAR_EXTENSION.approvalDate, valueDateTime: spec.approved }] : []),
      ...comments,
      ...(spec.labStatus
        ? [
            {
              url: PPS_KIT_EXTENSION.labStatus,
              extension: [
                {
                  url: 'servType',
                  valueCoding: coding(
                    CODE_LIST.reportServType,
                    spec.labStatus.servType,
                    SERV_TYPE_7309[spec.labStatus.servType],
                  ),
                },
                {
                  url: 'status',
                  valueCoding: coding(
                    CODE_LIST.reportStatus,
                    spec.labStatus.status,
                    STATUS_7306[spec.labStatus.status],
                  ),
                },
              ],
            },
          ]
        : []),
    ],
  };

  return [report, request, ...specimens, ...roles, ...observations];
}
