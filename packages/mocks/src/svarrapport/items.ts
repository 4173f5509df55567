/**
 * ResultItems → Observations. Each item becomes one Observation, in document order; its place in
 * the tree follows RefIdResultItem (an isolate under its bottle, a susceptibility under its
 * isolate), else the nesting of the XML. A link that names no item, or would make a circle, is
 * not followed: the item stays where the lab nested it, with a note saying so. Nothing is dropped.
 */
import {
  CODE_LIST,
  type Extension,
  NILAR_EXTENSION,
  type NilarObservation,
  type NilarObservationStatus,
  type NilarPractitionerRole,
  type NilarReportStatus,
  type NilarSpecimen,
  PPS_KIT_EXTENSION,
  PPS_KIT_NOTE_AUTHOR,
  type Reference,
} from '@pps-kit/api-client';
import { ABSENT, codingOf, nameOf } from './codes';
import { dateOf } from './dates';
import { collect, type Item, inherited, NOTE, placeItems, tooDeep } from './item-tree';
import { type ReportParties, ref } from './parties';
import { observationStatus, observationStatusFromReport } from './status';
import { resultValue, structuredComponents } from './values';
import { attr, child, children, rawText, SVARRAPPORT_LIMITS, textOf, type XmlElement } from './xml';

export interface ItemContext {
  parties: ReportParties;
  reportRef: Reference;
  requestRef: Reference | undefined;
  report: { servType: string; status: NilarReportStatus };
  category: NilarObservation['category'];
  /** This version's time (GenDate), when it has one. */
  issued: string | undefined;
}

export interface ItemContext {
  parties: ReportParties;
  reportRef: Reference;
  requestRef: Reference | undefined;
  report: { servType: string; status: NilarReportStatus };
  category: NilarObservation['category'];
  /** This version's time (GenDate), when it has one. */
  issued: string | undefined;
}

const DATES: [string, string][] = [
  ['InvDate', NILAR_EXTENSION.investigationDate],
  ['StatusChangeDate', NILAR_EXTENSION.statusChangeDate],
  ['DescrDate', NILAR_EXTENSION.descriptionDate],
  ['CounterSignDate', NILAR_EXTENSION.counterSignDate],
  ['MedicalValidationDate', NILAR_EXTENSION.medicalValidationDate],
];

/** The lab's own status codes, kept beside FHIR's status (pps-kit extension). */
export function labStatusExtension(
  servType: XmlElement | undefined,
  status: XmlElement | undefined,
  lists: [number, number],
): Extension | undefined {
  const parts: Extension[] = [];
  const servTypeCoding = codingOf(servType, lists[0]);
  const statusCoding = codingOf(status, lists[1]);
  if (servTypeCoding) parts.push({ url: 'servType', valueCoding: servTypeCoding });
  if (statusCoding) parts.push({ url: 'status', valueCoding: statusCoding });
  return parts.length > 0 ? { url: PPS_KIT_EXTENSION.labStatus, extension: parts } : undefined;
}

function notesOf(el: XmlElement): string[] {
  const diag = child(el, 'DiagComment');
  const diagnosis = diag
    ? [
        nameOf(child(diag, 'Concept')),
        ...children(diag, 'Modifier').map(
          (m) => `${nameOf(child(m, 'Name')) ?? ''}: ${children(m, 'Value').map(nameOf).join(', ')}`,
        ),
      ]
        .filter(Boolean)
        .join('; ')
    : undefined;
  return [
    textOf(child(el, 'Comment')),
    ...children(el, 'Investigation').map((inv) => textOf(child(inv, 'Comment'))),
    diagnosis,
  ].filter((n): n is string => n !== undefined && n !== '');
}

/** The Observations of a Patient's ResultItems, in document order, and the top-level ones. */
export function convertItems(
  patient: XmlElement,
  ctx: ItemContext,
): { observations: NilarObservation[]; top: NilarObservation[] } {
  const { parties } = ctx;
  const items = collect(patient);
  const { parent, problem } = placeItems(items);
  const el = (i: number) => (items[i] as Item).el;

  const specimenOf = inherited<NilarSpecimen | null>(
    parent,
    (i) => {
      const sampleId = textOf(child(el(i), 'RefAnalysedSubject'));
      return sampleId ? parties.specimenBySampleId.get(sampleId) : undefined;
    },
    () => (parties.specimens.length === 1 ? (parties.specimens[0] as NilarSpecimen) : null),
  );
  const effectiveOf = inherited<string | null>(
    parent,
    (i) => specimenOf(i)?.collection?.collectedDateTime ?? dateOf(child(el(i), 'InvDate')),
    () => null,
  );
  const servTypeOf = inherited<string>(
    parent,
    (i) => attr(child(el(i), 'ServType')),
    () => ctx.report.servType,
  );
  const statusOf = inherited<NilarObservationStatus>(
    parent,
    (i) => {
      const servType = attr(child(el(i), 'ServType'));
      const investigation = attr(child(el(i), 'StatusInvestigation'));
      if (!servType && !investigation) return undefined;
      const p = parent[i];
      return observationStatus(
        servType ?? (p !== undefined ? servTypeOf(p) : ctx.report.servType),
        investigation,
      );
    },
    () => observationStatusFromReport(ctx.report.status),
  );

  const observations = items.map(({ el: item, index }): NilarObservation => {
    const investigations = children(item, 'Investigation');
    const ids = investigations.flatMap((inv) => children(inv, 'Id'));
    const codings = ids.map((id) => codingOf(id)).filter((c) => c !== undefined);
    const name = ids[0] ? nameOf(ids[0]) : nameOf(child(child(item, 'TextResult'), 'Heading'));
    const method = investigations
      .flatMap((inv) => children(inv, 'Spec'))
      .map((spec) => codingOf(spec))
      .filter((c) => c !== undefined);
    const specimen = specimenOf(index);
    const effective = effectiveOf(index);
    const servType = child(item, 'ServType');

    const extension: Extension[] = [
      { url: NILAR_EXTENSION.diagnosticReportRef, valueReference: ctx.reportRef },
    ];
    const accredited = attr(child(item, 'Accredited'));
    if (accredited) extension.push({ url: NILAR_EXTENSION.accredited, valueBoolean: accredited === 'true' });
    // Our reading of NILAR's history flag: items sent as Historikk (ServType H) are earlier results.
    if (attr(servType) === 'H') extension.push({ url: NILAR_EXTENSION.history, valueBoolean: true });
    for (const [element, url] of DATES) {
      const value = dateOf(child(item, element));
      if (value) extension.push({ url, valueDateTime: value });
    }
    const labStatus = labStatusExtension(servType, child(item, 'StatusInvestigation'), [
      CODE_LIST.itemServType,
      CODE_LIST.itemStatus,
    ]);
    if (labStatus) extension.push(labStatus);

    const linkProblem = problem[index];
    const notes = [
      ...notesOf(item).map((text) => ({ text })),
      ...(linkProblem
        ? [
            {
              text: NOTE[linkProblem](textOf(child(item, 'RefIdResultItem')) ?? ''),
              authorString: PPS_KIT_NOTE_AUTHOR,
              extension: [{ url: PPS_KIT_EXTENSION.linkProblem, valueCode: linkProblem }],
            },
          ]
        : []),
    ];
    const ranges = children(item, 'RefInterval')
      .map((range) => rawText(child(range, 'Descr')))
      .filter((text): text is string => text !== undefined && text.trim() !== '');
    const deviation = codingOf(child(item, 'DevResultInd'), CODE_LIST.deviation);
    const performers = children(item, 'RelServProv')
      .map((rel) => parties.role(child(rel, 'HCP'), child(rel, 'Relation')))
      .filter((r): r is NilarPractitionerRole => r !== undefined);
    const itemId = textOf(child(item, 'IdResultItem'));
    const components = structuredComponents(item);

    return {
      resourceType: 'Observation',
      id: `${parties.prefix}-o${index + 1}`,
      ...(itemId ? { identifier: [{ system: 'ResultItemId', value: itemId }] } : {}),
      ...(ctx.requestRef ? { basedOn: [ctx.requestRef] } : {}),
      status: statusOf(index),
      ...(ctx.category ? { category: ctx.category } : {}),
      code:
        codings.length > 0 || name
          ? { ...(codings.length > 0 ? { coding: codings } : {}), ...(name ? { text: name } : {}) }
          : { ...ABSENT },
      subject: parties.subject,
      ...(effective ? { effectiveDateTime: effective } : {}),
      ...(ctx.issued ? { issued: ctx.issued } : {}),
      ...(performers.length > 0 ? { performer: performers.map(ref) } : {}),
      ...resultValue(item),
      ...(deviation ? { interpretation: [{ coding: [deviation] }] } : {}),
      ...(notes.length > 0 ? { note: notes } : {}),
      ...(method.length > 0 ? { method: { coding: method } } : {}),
      ...(specimen ? { specimen: ref(specimen) } : {}),
      ...(ranges.length > 0 ? { referenceRange: ranges.map((text) => ({ text })) } : {}),
      ...(components.length > 0 ? { component: components } : {}),
      extension,
    };
  });

  // Members in document order, under the parent each item was placed under.
  const members = observations.map((): NilarObservation[] => []);
  const top: NilarObservation[] = [];
  const depth: number[] = [];
  items.forEach(({ index }) => {
    const p = parent[index];
    const observation = observations[index] as NilarObservation;
    if (p === undefined) top.push(observation);
    else members[p]?.push(observation);
  });
  const measure = (i: number): number => {
    const known = depth[i];
    if (known !== undefined) return known;
    const p = parent[i];
    const d = p === undefined ? 0 : measure(p) + 1;
    if (d + 1 > SVARRAPPORT_LIMITS.resultDepth) tooDeep(el(i));
    depth[i] = d;
    return d;
  };
  items.forEach(({ index }) => {
    measure(index);
    const list = members[index] ?? [];
    if (list.length > 0) (observations[index] as NilarObservation).hasMember = list.map(ref);
  });
  return { observations, top };
}
