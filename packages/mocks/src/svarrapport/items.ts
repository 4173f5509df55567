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
import { SvarrapportError } from './errors';
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

interface Item {
  el: XmlElement;
  index: number;
  nestedIn: number | undefined;
}

/** Every ResultItem of a Patient, depth first in document order, with the item it is nested in. */
function collect(patient: XmlElement): Item[] {
  const items: Item[] = [];
  const visit = (el: XmlElement, nestedIn: number | undefined) => {
    const index = items.length;
    items.push({ el, index, nestedIn });
    for (const nested of children(el, 'ResultItem')) visit(nested, index);
  };
  for (const top of children(patient, 'ResultItem')) visit(top, undefined);
  return items;
}

type LinkProblem = 'dangling' | 'cycle';

const NOTE: Record<LinkProblem, (refId: string) => string> = {
  dangling: (refId) =>
    `Laboratoriet knyttet dette resultatet til resultat «${refId}», som ikke finnes i rapporten. Det vises der laboratoriet plasserte det.`,
  cycle: (refId) =>
    `Laboratoriet knyttet dette resultatet til resultat «${refId}», som selv hører under dette. Det vises der laboratoriet plasserte det.`,
};

/** The same-id items nearest `index` in the document (at most 16 each side), `index` itself left out. */
function nearest(sorted: readonly number[], index: number): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < index) lo = mid + 1;
    else hi = mid;
  }
  return sorted.slice(Math.max(0, lo - 16), lo + 17).filter((c) => c !== index);
}

/**
 * Where each item belongs. Links are followed in document order; of several items with the id a
 * link names (of the 32 nearest in the document), the one nearest in the XML nesting is meant, then
 * the nearest one before it. The work per link is bounded, so a message of many same-id items
 * stays linear.
 */
function placeItems(items: Item[]): { parent: (number | undefined)[]; problem: (LinkProblem | undefined)[] } {
  const parent = items.map((item) => item.nestedIn);
  const problem: (LinkProblem | undefined)[] = items.map(() => undefined);
  const byId = new Map<string, number[]>();
  for (const item of items) {
    const id = textOf(child(item.el, 'IdResultItem'));
    if (!id) continue;
    const same = byId.get(id);
    if (same) same.push(item.index);
    else byId.set(id, [item.index]);
  }
  const nestingDepth = (i: number) => {
    let depth = 0;
    for (let p = items[i]?.nestedIn; p !== undefined; p = items[p]?.nestedIn) depth += 1;
    return depth;
  };
  for (const item of items) {
    const refId = textOf(child(item.el, 'RefIdResultItem'));
    if (!refId) continue;
    const candidates = nearest(byId.get(refId) ?? [], item.index);
    if (candidates.length === 0) {
      problem[item.index] = 'dangling';
      continue;
    }
    let target = candidates[0] as number;
    if (candidates.length > 1) {
      const ancestors = new Set<number>();
      for (let p = item.nestedIn; p !== undefined; p = items[p]?.nestedIn) ancestors.add(p);
      const closeness = (c: number) => {
        for (let p: number | undefined = c; p !== undefined; p = items[p]?.nestedIn)
          if (ancestors.has(p)) return nestingDepth(p);
        return -1;
      };
      const distance = (c: number) => (c < item.index ? item.index - c : items.length + c);
      target = candidates.reduce((best, c) =>
        closeness(c) > closeness(best) || (closeness(c) === closeness(best) && distance(c) < distance(best))
          ? c
          : best,
      );
    }
    let steps = 0;
    let circular = false;
    for (let p: number | undefined = target; p !== undefined; p = parent[p]) {
      if (p === item.index) {
        circular = true;
        break;
      }
      if (++steps > SVARRAPPORT_LIMITS.resultDepth) tooDeep(item.el);
    }
    if (circular) problem[item.index] = 'cycle';
    else parent[item.index] = target;
  }
  return { parent, problem };
}

function tooDeep(el: XmlElement): never {
  throw new SvarrapportError(
    'too-deep',
    el.path,
    `results are placed more than ${SVARRAPPORT_LIMITS.resultDepth} deep under one another (nested or through RefIdResultItem)`,
  );
}

/** A memo over the tree: `own` of an item, else `inherit` from its parent. */
function inherited<T>(
  parent: (number | undefined)[],
  own: (i: number) => T | undefined,
  atTop: (i: number) => T,
): (i: number) => T {
  const memo = new Map<number, T>();
  const get = (i: number): T => {
    const known = memo.get(i);
    if (known !== undefined) return known;
    const p = parent[i];
    const value = own(i) ?? (p !== undefined ? get(p) : atTop(i));
    memo.set(i, value);
    return value;
  };
  return get;
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
