/**
 * The lab-results view model: reports joined with their results (whole trees), specimens,
 * requisition and requester, ready for any view, React or not. Pure and synchronous.
 */
import type { PpsSearchResult } from '../pps/search-result';
import { CODE_LIST, isVolvenSystem, NILAR_EXTENSION } from '../shared/code-systems';
import type {
  Coding,
  NilarDiagnosticReport,
  NilarObservation,
  NilarPractitionerRole,
  NilarServiceRequest,
  NilarSpecimen,
} from '../shared/fhir';
import {
  clinicalInfoOf,
  commentOf,
  extensionDate,
  extensions,
  isHistory,
  labStatusOf,
  partyOf,
  Resolver,
} from './model-read';
import { resultOf } from './model-result';
import {
  FAGOMRADER,
  type Fagomrade,
  type LabComment,
  type LabReport,
  type LabReportsModel,
  type LabRequisition,
  type LabResult,
  type LabSpecimen,
  type Party,
} from './model-types';
import { reportFindings } from './truth';

export * from './model-types';
export { susceptibilityMeasure } from './model-values';

/** Report types (8202) that belong to a fagområde when the results do not say. */
const FAGOMRADE_OF_REPORT_TYPE: Record<string, Fagomrade> = {
  CLIN: 'CLIN',
  MBIO: 'MBIO',
  MGEN: 'MGEN',
  FARM: 'FARM',
  IMTR: 'IMTR',
  PAT: 'PAT',
  HIST: 'PAT',
  CYTO: 'PAT',
  MPAT: 'PAT',
  OBD: 'PAT',
  MORS: 'PAT',
  RAD: 'RAD',
  RTG: 'RAD',
  CT: 'RAD',
  MR: 'RAD',
  UL: 'RAD',
  MA: 'RAD',
  BLD: 'RAD',
  NUK: 'NUK',
  SCI: 'NUK',
};

/** How many results a report has (every level), and its flags by the one rule the views use. */
function count(report: Pick<LabReport, 'status' | 'fagomrade' | 'results'>): LabReport['counts'] {
  let results = 0;
  const walk = (result: LabResult) => {
    results += 1;
    for (const member of result.members) walk(member);
  };
  for (const result of report.results) walk(result);
  const findings = reportFindings(report);
  return {
    results,
    abnormal: findings.labFlags + findings.computedFlags,
    abnormalComputed: findings.computedFlags,
  };
}

const EXPERTISE_SYSTEMS = (coding: Coding) => isVolvenSystem(coding.system, CODE_LIST.expertise);

/** One DiagnosticReport, joined with what it references. */
function toLabReport(report: NilarDiagnosticReport, resolver: Resolver): LabReport {
  const observations = (report.result ?? [])
    .map((ref) => resolver.get<NilarObservation>(ref, 'Observation'))
    .filter((o): o is NilarObservation => o !== undefined);
  const kept = observations.filter((o) => !isHistory(o));
  const results = kept.map((o) => resultOf(o, resolver));

  const performers = (report.performer ?? []).map((ref) => ({
    ref,
    role: resolver.get<NilarPractitionerRole>(ref, 'PractitionerRole'),
  }));
  const labEntry = performers.find((p) => p.role?.organization?.display ?? p.ref.display);
  const lab = partyOf(labEntry?.role, labEntry?.ref);
  const others = performers
    .filter((p) => p !== labEntry && p.role?.practitioner)
    .map((p) => partyOf(p.role, p.ref))
    .filter((p): p is Party => p !== undefined);

  const request = resolver.get<NilarServiceRequest>(report.basedOn?.[0], 'ServiceRequest');
  const requester = request?.requester
    ? partyOf(resolver.get<NilarPractitionerRole>(request.requester, 'PractitionerRole'), request.requester)
    : undefined;
  const requisition: LabRequisition | undefined = request
    ? {
        ...(request.identifier?.[0]?.value ? { id: request.identifier[0].value } : {}),
        ...(request.id ? { resourceId: request.id } : {}),
        ...(request.authoredOn ? { authoredOn: request.authoredOn } : {}),
        ...(extensionDate(request, NILAR_EXTENSION.receiptDate)
          ? { receivedAt: extensionDate(request, NILAR_EXTENSION.receiptDate) as string }
          : {}),
        ...(requester ? { requester } : {}),
        reasons: (request.reasonCode ?? []).map((reason) => ({
          ...(reason.coding?.[0]?.display ? { heading: reason.coding[0].display } : {}),
          ...(reason.text ? { text: reason.text } : {}),
        })),
        comments: (request.note ?? []).map((n) => n.text),
        ...(() => {
          const payment = extensions(request, NILAR_EXTENSION.paymentCategory)[0];
          const text = payment?.valueCoding?.display ?? payment?.valueCodeableConcept?.coding?.[0]?.display;
          return text ? { paymentCategory: text } : {};
        })(),
        reservations: extensions(request, NILAR_EXTENSION.reservation)
          .map((e) => e.valueCodeableConcept?.coding?.[0]?.display ?? e.valueCodeableConcept?.text)
          .filter((t): t is string => Boolean(t)),
        ...(() => {
          const labStatus = labStatusOf(request);
          return labStatus ? { labStatus } : {};
        })(),
      }
    : undefined;

  const specimens: LabSpecimen[] = (report.specimen ?? [])
    .map((ref) => resolver.get<NilarSpecimen>(ref, 'Specimen'))
    .filter((s): s is NilarSpecimen => s !== undefined)
    .map((s) => ({
      id: s.id,
      ...(s.accessionIdentifier?.value ? { accession: s.accessionIdentifier.value } : {}),
      ...((s.type?.text ?? s.type?.coding?.[0]?.display)
        ? { type: (s.type?.text ?? s.type?.coding?.[0]?.display) as string }
        : {}),
      ...(s.collection?.collectedDateTime ? { collected: s.collection.collectedDateTime } : {}),
      ...(s.receivedTime ? { received: s.receivedTime } : {}),
      ...(s.collection?.bodySite?.text ? { bodySite: s.collection.bodySite.text } : {}),
      comments: [
        ...(s.note ?? []).map((n) => n.text),
        ...extensions(s.collection, NILAR_EXTENSION.comment).map(
          (e) => commentOf(e)?.text ?? commentOf(e)?.display ?? '',
        ),
      ].filter(Boolean),
    }));

  const mainExpertise = report.category?.flatMap((c) => c.coding ?? []).find(EXPERTISE_SYSTEMS);
  const reportType = report.code.coding?.find(EXPERTISE_SYSTEMS) ?? report.code.coding?.[0];
  const fromResults = observations
    .flatMap((o) => o.category ?? [])
    .flatMap((c) => c.coding ?? [])
    .find((c) => EXPERTISE_SYSTEMS(c) && (FAGOMRADER as readonly string[]).includes(c.code ?? ''))?.code as
    | Fagomrade
    | undefined;
  const fagomrade = fromResults ?? (reportType?.code ? FAGOMRADE_OF_REPORT_TYPE[reportType.code] : undefined);

  const labReportId =
    report.identifier?.find((i) => i.system === 'ServReportId')?.value ?? report.identifier?.[0]?.value;
  const sampleTime =
    report.effectiveDateTime ??
    observations
      .map((o) => o.effectiveDateTime)
      .filter((t): t is string => t !== undefined)
      .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  const firstIssued = extensionDate(report, NILAR_EXTENSION.reportDate);
  const labStatus = labStatusOf(report);
  const approved = extensionDate(report, NILAR_EXTENSION.approvalDate);

  return {
    id: report.id,
    status: report.status,
    ...(mainExpertise ? { mainExpertise } : {}),
    ...(reportType ? { reportType } : {}),
    ...(fagomrade ? { fagomrade } : {}),
    ...(labReportId ? { labReportId } : {}),
    ...(sampleTime ? { sampleTime } : {}),
    ...(report.issued ? { issued: report.issued } : {}),
    ...(firstIssued ? { firstIssued } : {}),
    ...(approved ? { approved } : {}),
    ...(lab ? { lab } : {}),
    performers: others,
    ...(requester ? { requester } : {}),
    ...(requisition ? { requisition } : {}),
    specimens,
    results,
    repeatCopies: observations.length - kept.length,
    comments: extensions(report, NILAR_EXTENSION.comment)
      .map(commentOf)
      .filter((c): c is LabComment => c !== undefined),
    clinicalInfo: extensions(report, NILAR_EXTENSION.infItem)
      .map(clinicalInfoOf)
      .filter((t): t is string => Boolean(t)),
    counts: count({ status: report.status, results, ...(fagomrade ? { fagomrade } : {}) }),
    ...(labStatus ? { labStatus } : {}),
    raw: report,
  };
}

const time = (value: string | undefined) => {
  const parsed = Date.parse(value ?? '');
  return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
};

/** Newest sample first; for the same sample time, the latest issued first. */
export const newestFirst = (a: LabReport, b: LabReport): number =>
  time(b.sampleTime) - time(a.sampleTime) || time(b.issued) - time(a.issued);

/**
 * A search result as lab reports: each report joined with its results (whole hasMember trees),
 * specimens, requisition and requester, repeat copies left out, newest first, with the privacy
 * outcome carried along.
 */
export function toLabReports(result: PpsSearchResult<NilarDiagnosticReport>): LabReportsModel {
  const resolver = new Resolver(result);
  const reports = result.matches.map((report) => toLabReport(report, resolver)).sort(newestFirst);
  return {
    reports,
    privacy: result.privacy,
    hidden: result.hidden,
    noData: result.noData,
    total: result.total,
    ...(result.incomplete ? { incomplete: result.incomplete } : {}),
  };
}
