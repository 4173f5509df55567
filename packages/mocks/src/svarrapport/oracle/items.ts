/** The oracle's reading of the result items: values, structured findings, nesting and links. Test code only. */
import type { ItemFacts, SpecimenFacts, Time } from './facts';
import { structuredOf, valueFacts } from './item-values';
import { FROM_REPORT, itemStatusOf, reportStatusOf } from './statuses';
import { coded, element, elements, namedCodeOf, nameOf, partyOf, text, time, v } from './xml-read';

// ── Items ────────────────────────────────────────────────────────────────────────────────────

interface Walked {
  el: Element;
  physicalParent: number | undefined;
  depth: number;
}

/** Every ResultItem in document order, with the one it is nested in. */
function walkItems(patient: Element): Walked[] {
  const out: Walked[] = [];
  const visit = (el: Element, parent: number | undefined, depth: number) => {
    const index = out.length;
    out.push({ el, physicalParent: parent, depth });
    for (const nested of elements(el, 'ResultItem')) visit(nested, index, depth + 1);
  };
  for (const top of elements(patient, 'ResultItem')) visit(top, undefined, 0);
  return out;
}

/**
 * Where each item belongs: under the item its RefIdResultItem names (when that one is in the
 * report, is not itself and would not make a circle), else where it is nested. Links are followed
 * in document order; of several items with the same id, the one nearest in the nesting, then the
 * nearest before it, is meant.
 */
function resolveParents(walked: Walked[]): { parents: (number | undefined)[]; problems: string[] } {
  const parents = walked.map((w) => w.physicalParent);
  const problems = walked.map(() => '');
  const byId = new Map<string, number[]>();
  walked.forEach((w, i) => {
    const id = text(element(w.el, 'IdResultItem'));
    if (id) byId.set(id, [...(byId.get(id) ?? []), i]);
  });
  const physicalAncestors = (i: number): number[] => {
    const chain: number[] = [];
    for (let p = walked[i]?.physicalParent; p !== undefined; p = walked[p]?.physicalParent) chain.push(p);
    return chain;
  };
  walked.forEach((w, i) => {
    const ref = text(element(w.el, 'RefIdResultItem'));
    if (!ref) return;
    const candidates = (byId.get(ref) ?? []).filter((c) => c !== i);
    if (candidates.length === 0) {
      problems[i] = 'dangling';
      return;
    }
    const mine = physicalAncestors(i);
    const shared = (c: number) => {
      const theirs = new Set([c, ...physicalAncestors(c)]);
      const common = mine.find((a) => theirs.has(a));
      return common === undefined ? -1 : (walked[common]?.depth ?? -1);
    };
    const target = [...candidates].sort(
      (a, b) => shared(b) - shared(a) || (a < i ? i - a : 1e9 + a) - (b < i ? i - b : 1e9 + b),
    )[0] as number;
    for (let p: number | undefined = target; p !== undefined; p = parents[p]) {
      if (p === i) {
        problems[i] = 'cycle';
        return;
      }
    }
    parents[i] = target;
  });
  return { parents, problems };
}

export function itemsOf(
  patient: Element,
  report: { servType: string; status: string; patient: string },
): {
  items: ItemFacts[];
  specimens: SpecimenFacts[];
} {
  const specimens: SpecimenFacts[] = [];
  const collectSpecimens = (subject: Element) => {
    const sample = element(subject, 'CollectedSample');
    const product = element(subject, 'CollectedStudyProduct');
    const pretreatment = element(subject, 'Pretreatment');
    const number = v(element(subject, 'Number'));
    const collector = element(subject, 'RelServProv');
    specimens.push({
      id: text(element(subject, 'IdByServProvider')),
      requesterId: text(element(subject, 'IdByRequester')),
      type: text(element(subject, 'Type')),
      typeCode: coded(element(subject, 'TypeCoded')),
      collected: time(element(sample, 'CollectedDate')) || time(element(product, 'ProducedDate')),
      received: '',
      bodySite: text(element(subject, 'AnatomicalOrigin')),
      comments: [
        text(element(subject, 'Comment')),
        text(element(sample, 'CollectorComment')),
        ...elements(sample, 'CollectorCommentCoded').map((c) => coded(c, 8275)),
      ].filter(Boolean),
      accredited: v(element(subject, 'Accredited')),
      details: [
        ...elements(subject, 'SampleHandling').map((h) => `handling: ${text(h)}`),
        pretreatment
          ? `pretreatment: ${coded(element(pretreatment, 'Heading'), 8232)}|${text(element(pretreatment, 'TextResultValue'))}`
          : '',
        text(element(sample, 'Logistics')) ? `logistics: ${text(element(sample, 'Logistics'))}` : '',
        /^\d+$/.test(number) ? `containers: ${Number(number)}` : '',
        text(element(subject, 'PreservMaterial'))
          ? `additive: ${text(element(subject, 'PreservMaterial'))}`
          : '',
        element(subject, 'SampleCollProc') ? `method: ${coded(element(subject, 'SampleCollProc'))}` : '',
        collector ? `collector: ${partyOf(element(collector, 'HCP'), element(collector, 'Relation'))}` : '',
        text(element(product, 'Type')) ? `product: ${text(element(product, 'Type'))}` : '',
        text(element(product, 'RefRelatedProd'))
          ? `product of: ${text(element(product, 'RefRelatedProd'))}`
          : '',
      ].filter(Boolean),
    });
    for (const nested of elements(subject, 'AnalysedSubject')) collectSpecimens(nested);
  };
  for (const subject of elements(patient, 'AnalysedSubject')) collectSpecimens(subject);

  const walked = walkItems(patient);
  const { parents, problems } = resolveParents(walked);
  const reportStatus = reportStatusOf(report.servType, report.status);

  const statusMemo = new Map<number, string>();
  const servTypeOf = (i: number | undefined): string => {
    for (let p = i; p !== undefined; p = parents[p]) {
      const own = v(element(walked[p]?.el, 'ServType'));
      if (own) return own;
    }
    return report.servType;
  };
  const statusOf = (i: number): string => {
    const known = statusMemo.get(i);
    if (known) return known;
    const el = walked[i]?.el;
    const servType = v(element(el, 'ServType'));
    const investigation = v(element(el, 'StatusInvestigation'));
    const parent = parents[i];
    const status =
      !servType && !investigation
        ? parent !== undefined
          ? statusOf(parent)
          : (FROM_REPORT[reportStatus] ?? reportStatus)
        : itemStatusOf(servType || servTypeOf(parent), investigation);
    statusMemo.set(i, status);
    return status;
  };

  const specimenMemo = new Map<number, string>();
  const specimenOf = (i: number): string => {
    const known = specimenMemo.get(i);
    if (known !== undefined) return known;
    const own = text(element(walked[i]?.el, 'RefAnalysedSubject'));
    const parent = parents[i];
    const specimen =
      own && specimens.some((s) => s.id === own)
        ? own
        : parent !== undefined
          ? specimenOf(parent)
          : specimens.length === 1
            ? (specimens[0]?.id ?? '')
            : '';
    specimenMemo.set(i, specimen);
    return specimen;
  };
  const effectiveMemo = new Map<number, Time>();
  const effectiveOf = (i: number): Time => {
    const known = effectiveMemo.get(i);
    if (known !== undefined) return known;
    const collected = specimens.find((s) => s.id === specimenOf(i))?.collected ?? '';
    const parent = parents[i];
    const effective =
      collected ||
      time(element(walked[i]?.el, 'InvDate')) ||
      (parent !== undefined ? effectiveOf(parent) : '');
    effectiveMemo.set(i, effective);
    return effective;
  };

  const position = parents.map((p, i) => parents.slice(0, i).filter((q) => q === p).length);

  const items = walked.map(({ el }, index): ItemFacts => {
    const investigations = elements(el, 'Investigation');
    const heading = element(element(el, 'TextResult'), 'Heading');
    const firstId = element(investigations[0], 'Id');
    const value = valueFacts(el);
    const diag = element(el, 'DiagComment');
    const dates = {
      effective: effectiveOf(index),
      investigated: time(element(el, 'InvDate')),
      statusChanged: time(element(el, 'StatusChangeDate')),
      described: time(element(el, 'DescrDate')),
      counterSigned: time(element(el, 'CounterSignDate')),
      medicallyValidated: time(element(el, 'MedicalValidationDate')),
    };
    return {
      index,
      parent: parents[index],
      position: position[index] ?? 0,
      id: text(element(el, 'IdResultItem')),
      name: firstId ? nameOf(firstId) : nameOf(heading),
      codes: investigations.flatMap((inv) => elements(inv, 'Id')).map(namedCodeOf),
      method: investigations.flatMap((inv) => elements(inv, 'Spec')).map((c) => coded(c)),
      patient: report.patient,
      value,
      ranges: elements(el, 'RefInterval')
        .map((r) => element(r, 'Descr')?.textContent ?? '')
        .filter((r) => r.trim() !== ''),
      flag: coded(element(el, 'DevResultInd'), 8244),
      labWords: [element(el, 'DevResultInd'), ...elements(element(el, 'TextResult'), 'TextCode')]
        .filter((c): c is Element => c !== undefined)
        .map(nameOf)
        .filter(Boolean),
      comments: [
        text(element(el, 'Comment')),
        ...investigations.map((inv) => text(element(inv, 'Comment'))),
        diag
          ? [
              nameOf(element(diag, 'Concept')),
              ...elements(diag, 'Modifier').map(
                (m) => `${nameOf(element(m, 'Name'))}: ${elements(m, 'Value').map(nameOf).join(', ')}`,
              ),
            ].join('; ')
          : '',
      ].filter(Boolean),
      status: statusOf(index),
      labStatus: `${coded(element(el, 'ServType'), 8270)}/${coded(element(el, 'StatusInvestigation'), 8245)}`,
      times: Object.fromEntries(Object.entries(dates).filter(([, t]) => t !== '')),
      specimen: specimenOf(index),
      performers: elements(el, 'RelServProv').map((rel) =>
        partyOf(element(rel, 'HCP'), element(rel, 'Relation')),
      ),
      structured: elements(el, 'StructuredInfo').flatMap(structuredOf),
      accredited: v(element(el, 'Accredited')),
      history: v(element(el, 'ServType')) === 'H' ? 'true' : '',
      linkProblem: problems[index] ?? '',
    };
  });
  return { items, specimens };
}
