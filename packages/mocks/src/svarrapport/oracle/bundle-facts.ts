/**
 * The other side of the oracle: the same facts read back from a converted NILAR Bundle, as any
 * FHIR client would read them (NILAR's elements and extensions, FHIR's own extensions, and
 * pps-kit's documented extensions for what NILAR has no element for). Test code only.
 */
import {
  type Bundle,
  NILAR_EXTENSION,
  type NilarDiagnosticReport,
  type NilarObservation,
  type NilarPractitionerRole,
  type NilarServiceRequest,
  type NilarSpecimen,
  PPS_KIT_EXTENSION,
  PPS_KIT_NOTE_AUTHOR,
  type Reference,
  type ResourceBase,
} from '@pps-kit/api-client';
import {
  coded,
  commentText,
  ext,
  exts,
  labNotes,
  labStatusOf,
  namedCodeOf,
  partyOf,
  personOf,
  specimenDetails,
  structuredOf,
  time,
  valueFacts,
} from './bundle-read';
import { type ItemFacts, type ReportFacts, squash } from './facts';

/** What a converted Bundle says, report by report (in the order of its DiagnosticReports). */
export function bundleFacts(bundle: Bundle): ReportFacts[] {
  const resources = (bundle.entry ?? []).map((e) => e.resource).filter((r): r is ResourceBase => !!r);
  const byRef = new Map(resources.map((r) => [`${r.resourceType}/${r.id}`, r]));
  const get = <T extends ResourceBase>(ref: Reference | undefined) =>
    ref?.reference ? (byRef.get(ref.reference) as T | undefined) : undefined;

  return resources
    .filter((r): r is NilarDiagnosticReport => r.resourceType === 'DiagnosticReport')
    .map((report): ReportFacts => {
      const reportRef = `DiagnosticReport/${report.id}`;
      // Entry order is document order: the contract the converter keeps.
      const observations = resources.filter(
        (r): r is NilarObservation =>
          r.resourceType === 'Observation' &&
          ext(r, NILAR_EXTENSION.diagnosticReportRef)?.valueReference?.reference === reportRef,
      );
      const indexOf = new Map(observations.map((o, i) => [`Observation/${o.id}`, i]));
      const parents: (number | undefined)[] = observations.map(() => undefined);
      const positions: number[] = observations.map(() => -1);
      (report.result ?? []).forEach((ref, place) => {
        const top = indexOf.get(ref.reference ?? '');
        if (top !== undefined) positions[top] = place;
      });
      for (const [i, o] of observations.entries()) {
        (o.hasMember ?? []).forEach((member, place) => {
          const child = indexOf.get(member.reference ?? '');
          if (child !== undefined) {
            parents[child] = i;
            positions[child] = place;
          }
        });
      }
      const specimens = (report.specimen ?? [])
        .map((ref) => get<NilarSpecimen>(ref))
        .filter((s): s is NilarSpecimen => !!s);
      const request = get<NilarServiceRequest>(report.basedOn?.[0]);

      const items = observations.map((o, index): ItemFacts => {
        const specimen = get<NilarSpecimen>(o.specimen);
        const dates = {
          effective: time(o.effectiveDateTime),
          investigated: time(ext(o, NILAR_EXTENSION.investigationDate)?.valueDateTime),
          statusChanged: time(ext(o, NILAR_EXTENSION.statusChangeDate)?.valueDateTime),
          described: time(ext(o, NILAR_EXTENSION.descriptionDate)?.valueDateTime),
          counterSigned: time(ext(o, NILAR_EXTENSION.counterSignDate)?.valueDateTime),
          medicallyValidated: time(ext(o, NILAR_EXTENSION.medicalValidationDate)?.valueDateTime),
        };
        const accredited = ext(o, NILAR_EXTENSION.accredited)?.valueBoolean;
        return {
          index,
          parent: parents[index],
          position: positions[index] ?? -1,
          id: o.identifier?.find((i) => i.system === 'ResultItemId')?.value ?? '',
          name: o.code.text ?? '',
          codes: (o.code.coding ?? []).map(namedCodeOf),
          method: (o.method?.coding ?? []).map(coded),
          patient: personOf(o.subject),
          value: valueFacts(o),
          ranges: (o.referenceRange ?? []).map((r) => r.text ?? ''),
          flag: coded(o.interpretation?.[0]?.coding?.[0]),
          labWords: [...(o.interpretation ?? []), ...(o.valueCodeableConcept ? [o.valueCodeableConcept] : [])]
            .flatMap((c) => c.coding ?? [])
            .map((c) => c.display ?? c.code ?? '')
            .filter(Boolean),
          comments: labNotes(o.note),
          status: o.status,
          labStatus: labStatusOf(o),
          times: Object.fromEntries(Object.entries(dates).filter(([, t]) => t !== '')),
          specimen: specimen?.accessionIdentifier?.value ?? '',
          performers: (o.performer ?? []).map((ref) => partyOf(get<NilarPractitionerRole>(ref))),
          structured: structuredOf(o),
          accredited: accredited === undefined ? '' : String(accredited),
          history: ext(o, NILAR_EXTENSION.history)?.valueBoolean === true ? 'true' : '',
          linkProblem:
            ext(
              (o.note ?? []).find((n) => n.authorString === PPS_KIT_NOTE_AUTHOR),
              PPS_KIT_EXTENSION.linkProblem,
            )?.valueCode ?? '',
        };
      });

      const comments = exts(report, NILAR_EXTENSION.comment);
      return {
        patient: personOf(report.subject),
        labReportId: report.identifier?.find((i) => i.system === 'ServReportId')?.value ?? '',
        type: report.code.coding?.[0] ? coded(report.code.coding[0]) : (report.code.text ?? ''),
        performers: (report.performer ?? []).map((ref) => partyOf(get<NilarPractitionerRole>(ref))),
        requester: request?.requester ? partyOf(get<NilarPractitionerRole>(request.requester)) : '',
        status: report.status,
        labStatus: labStatusOf(report),
        issued: time(report.issued),
        firstIssued: time(ext(report, NILAR_EXTENSION.reportDate)?.valueDateTime),
        approved: time(ext(report, NILAR_EXTENSION.approvalDate)?.valueDateTime),
        comments: comments
          .filter((c) => c.valueAnnotation?.authorString !== PPS_KIT_NOTE_AUTHOR)
          .map(commentText)
          .filter(Boolean),
        attachmentsDropped: comments
          .filter((c) => c.valueAnnotation?.authorString === PPS_KIT_NOTE_AUTHOR)
          .map((c) => {
            const said = /^Et vedlegg til svarrapporten er fjernet(?: \((.*)\))?\.$/.exec(
              c.valueAnnotation?.text ?? '',
            );
            return said ? (said[1] ?? '') : `not said: ${c.valueAnnotation?.text ?? ''}`;
          }),
        clinicalInfo: exts(report, NILAR_EXTENSION.infItem).map((info) => {
          const part = (url: string) => ext(info, url);
          return [
            coded(part(NILAR_EXTENSION.infItemType)?.valueCodeableConcept?.coding?.[0]),
            squash(part(NILAR_EXTENSION.infItemDescr)?.valueString),
            (() => {
              const c = part(NILAR_EXTENSION.comment);
              return c ? commentText(c) : '';
            })(),
            coded(part(NILAR_EXTENSION.infItemCodedDescr)?.valueCodeableConcept?.coding?.[0]),
            time(part(NILAR_EXTENSION.infItemStart)?.valueDateTime),
            time(part(NILAR_EXTENSION.infItemEnd)?.valueDateTime),
            time(part(NILAR_EXTENSION.infItemOrgTime)?.valueDateTime),
          ].join(' | ');
        }),
        specimens: specimens.map((s) => {
          const accredited = ext(s, NILAR_EXTENSION.accredited)?.valueBoolean;
          return {
            id: s.accessionIdentifier?.value ?? '',
            requesterId: s.identifier?.find((i) => i.system === 'AnalysedSubjectIdByRequester')?.value ?? '',
            type: squash(s.type?.text),
            typeCode: coded(s.type?.coding?.[0]),
            collected: time(s.collection?.collectedDateTime),
            received: time(s.receivedTime),
            bodySite: s.collection?.bodySite?.text ?? '',
            comments: [
              ...(s.note ?? []).map((n) => n.text),
              ...exts(s.collection, NILAR_EXTENSION.comment).map(commentText),
            ],
            accredited: accredited === undefined ? '' : String(accredited),
            details: specimenDetails(s, (ref) => get(ref)),
          };
        }),
        requisition: request
          ? {
              ids: (request.identifier ?? []).map((i) => `${i.system ?? ''}:${i.value ?? ''}`),
              issued: time(request.authoredOn),
              received: time(ext(request, NILAR_EXTENSION.receiptDate)?.valueDateTime),
              reasons: (request.reasonCode ?? []).map((r) => `${coded(r.coding?.[0])}|${squash(r.text)}`),
              payment: coded(
                ext(request, NILAR_EXTENSION.paymentCategory)?.valueCodeableConcept?.coding?.[0],
              ),
              reservations: exts(request, NILAR_EXTENSION.reservation).map((r) =>
                coded(r.valueCodeableConcept?.coding?.[0]),
              ),
              comments: labNotes(request.note),
              servType: coded(ext(ext(request, PPS_KIT_EXTENSION.labStatus), 'servType')?.valueCoding),
            }
          : undefined,
        items,
      };
    });
}
