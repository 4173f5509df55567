/**
 * The oracle's reading of a Svarrapport message: a plain DOM walk (the platform's DOMParser),
 * written from the standard (../shared/data/svarrapport/schema/svar-v1.4.xsd) and NILAR's mapping
 * (../shared/domain/nilar/mapping.md), sharing no code with the converter it checks.
 * Test code only.
 */
import {
  type ItemFacts,
  QUALIFIERS,
  type ReportFacts,
  type SpecimenFacts,
  squash,
  type Time,
  type ValueFacts,
} from './facts';

// ── Bytes to text ────────────────────────────────────────────────────────────────────────────

/** Decodes by byte-order mark, then the XML declaration, then UTF-8. */
function decodeMessage(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let head = '';
  for (const byte of bytes.subarray(0, 120)) head += String.fromCharCode(byte);
  const declared = /encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1] ?? 'utf-8';
  return new TextDecoder(declared, { fatal: true }).decode(bytes);
}

// ── DOM helpers (local to the oracle) ────────────────────────────────────────────────────────

const elements = (parent: Element | undefined, name: string): Element[] =>
  parent ? Array.from(parent.children).filter((c) => c.localName === name) : [];
const element = (parent: Element | undefined, name: string): Element | undefined => elements(parent, name)[0];
const v = (el: Element | undefined, attribute = 'V'): string => (el?.getAttribute(attribute) ?? '').trim();

const BLOCKS = new Set(
  'p div br li tr td th h1 h2 h3 h4 h5 h6 table ul ol dt dd pre blockquote section'.split(' '),
);

/** An element's text as read: block elements separate words, inline ones do not. */
function text(el: Element | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3 || node.nodeType === 4) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const block = BLOCKS.has((node as Element).localName);
      if (block) out += ' ';
      for (const c of Array.from(node.childNodes)) walk(c);
      if (block) out += ' ';
    }
  };
  for (const c of Array.from(el.childNodes)) walk(c);
  return squash(out);
}

/** A coded value's name as a clinician reads it: OT, then DN, whichever is not the bare code. */
function nameOf(cv: Element | undefined): string {
  const code = v(cv);
  const ot = v(cv, 'OT');
  const dn = v(cv, 'DN');
  return [ot, dn].find((t) => t !== '' && t !== code) || ot || dn || code;
}

const codeOf = (cv: Element): string => `${v(cv, 'S').replace(/^urn:oid:/, '')}|${v(cv)}`;
const namedCodeOf = (cv: Element): string => `${codeOf(cv)}|${nameOf(cv)}`;
/**
 * A coded value as `system|code=name`: the lab's code system, or the Volven list the element is
 * defined by (NILAR writes it when the lab leaves it out).
 */
const coded = (cv: Element | undefined, list?: number): string =>
  cv
    ? `${v(cv, 'S').replace(/^urn:oid:/, '') || (list ? `2.16.578.1.12.4.1.1.${list}` : '')}|${v(cv)}=${nameOf(cv)}`
    : '';

/** Identifier types the converter can name by a national system (RSH and FHN are other spellings). */
const ID_TYPES: Record<string, string> = {
  HPR: 'HPR',
  HER: 'HER',
  ENH: 'ENH',
  RSH: 'RESH',
  RESH: 'RESH',
  AKO: 'AKO',
  FNR: 'FNR',
  DNR: 'DNR',
  FHN: 'FHNR',
  FHNR: 'FHNR',
};
const idOf = (id: string, type: string) => (id ? `${ID_TYPES[type] ?? ''}:${id}` : '');

/**
 * A party: `relation|category|person|type:id|organisation|type:id`. NILAR: a department's id wins
 * over its institution's, where it is a national one (a lab-local department id is not).
 */
function partyOf(hcp: Element | undefined, relation: Element | undefined): string {
  const inst = element(hcp, 'Inst');
  const prof = element(hcp, 'HCProf') ?? element(inst, 'HCPerson');
  const depts = elements(inst, 'Dept');
  const dept = depts.find((d) => text(element(d, 'Id')) && ID_TYPES[v(element(d, 'TypeId'))]);
  const org = [text(element(inst, 'Name')), ...depts.map((d) => text(element(d, 'Name')))]
    .filter(Boolean)
    .join(', ');
  return [
    coded(relation),
    coded(element(prof, 'Type'), 9060),
    text(element(prof, 'Name')),
    idOf(text(element(prof, 'Id')), v(element(prof, 'TypeId'))),
    org,
    dept
      ? idOf(text(element(dept, 'Id')), v(element(dept, 'TypeId')))
      : idOf(text(element(inst, 'Id')), v(element(inst, 'TypeId'))),
  ].join('|');
}

// ── Times ────────────────────────────────────────────────────────────────────────────────────

const osloParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Oslo wall-clock time of an instant. */
export function osloWallClock(ms: number): Time {
  const p = Object.fromEntries(osloParts.formatToParts(ms).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** A Svarrapport TS as the lab meant it: local times as written, zoned times in Oslo time. */
function time(el: Element | undefined): Time {
  const value = v(el);
  if (/^\d{4}(-\d{2}){0,2}$/.test(value)) return value;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value,
  );
  if (!m) return value;
  const [, day, hh, mm, ss = '00', zone] = m;
  if (!zone) return `${day}T${hh}:${mm}:${ss}`;
  return osloWallClock(
    Date.parse(
      `${day}T${hh}:${mm}:${ss}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
    ),
  );
}

// ── Status (NILAR mapping.md, restated as data) ──────────────────────────────────────────────

const SERV_TYPES = ['N', 'M', 'C', 'H', 'A'];
/** DiagnosticReport.status: rows 7306, columns 7309 (N M C H A). Addenda are `appended`. */
const REPORT_TABLE: Record<string, string[]> = {
  S: ['registered', 'amended', 'cancelled', 'unknown', 'appended'],
  P: ['preliminary', 'amended', 'cancelled', 'unknown', 'appended'],
  F: ['final', 'amended', 'cancelled', 'unknown', 'appended'],
  A: ['appended', 'appended', 'cancelled', 'unknown', 'appended'],
};
/** Observation.status: rows 8245 ('' = none sent), columns 8270 (N M C H A). */
const ITEM_TABLE: Record<string, string[]> = {
  '': ['final', 'amended', 'cancelled', 'final', 'final'],
  '1': ['unknown', 'amended', 'cancelled', 'amended', 'unknown'],
  '2': ['preliminary', 'amended', 'cancelled', 'preliminary', 'preliminary'],
  '3': ['final', 'amended', 'cancelled', 'final', 'final'],
  '4': ['final', 'amended', 'cancelled', 'final', 'final'],
  '5': ['registered', 'unknown', 'cancelled', 'unknown', 'registered'],
  '6': ['registered', 'registered', 'cancelled', 'unknown', 'registered'],
  '7': ['registered', 'registered', 'cancelled', 'unknown', 'registered'],
  '8': ['preliminary', 'unknown', 'cancelled', 'unknown', 'preliminary'],
  '9': ['preliminary', 'unknown', 'cancelled', 'unknown', 'preliminary'],
  '10': ['preliminary', 'unknown', 'cancelled', 'unknown', 'preliminary'],
  '11': ['final', 'amended', 'cancelled', 'unknown', 'final'],
  '12': ['unknown', 'amended', 'cancelled', 'unknown', 'preliminary'],
  '13': ['final', 'amended', 'cancelled', 'unknown', 'final'],
  '14': ['unknown', 'unknown', 'cancelled', 'unknown', 'unknown'],
  '15': ['registered', 'registered', 'cancelled', 'final', 'registered'],
};
/** An item with no status of its own and no parent: the report's, in Observation terms. */
const FROM_REPORT: Record<string, string> = { appended: 'final' };

export function reportStatusOf(servType: string, status: string): string {
  if (servType === 'C') return 'cancelled';
  return REPORT_TABLE[status]?.[SERV_TYPES.indexOf(servType)] ?? 'unknown';
}

export function itemStatusOf(servType: string, statusInvestigation: string): string {
  return ITEM_TABLE[statusInvestigation]?.[SERV_TYPES.indexOf(servType)] ?? 'unknown';
}

// ── Items ────────────────────────────────────────────────────────────────────────────────────

function valueFacts(item: Element): ValueFacts {
  const none: ValueFacts = { kind: 'none', qualifier: '', text: '', number: null, unit: '', codes: [] };
  const num = element(item, 'NumResult');
  if (num) {
    const value = element(num, 'NumResultValue');
    const asNumber = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(v(value))
      ? Number(v(value).replace(',', '.'))
      : NaN;
    return {
      ...none,
      kind: 'number',
      number: Number.isFinite(asNumber) ? asNumber : null,
      qualifier: (() => {
        const code = v(element(num, 'ArithmeticComp'));
        return code === 'EQ' ? '' : (QUALIFIERS[code] ?? code);
      })(),
      text: v(value),
      unit: value?.getAttribute('U') ?? '',
    };
  }
  const textResult = element(item, 'TextResult');
  if (textResult) {
    const result: ValueFacts = {
      ...none,
      kind: 'text',
      text: text(element(textResult, 'TextResultValue')),
      unit: text(element(textResult, 'Unit')),
      codes: elements(textResult, 'TextCode').map(codeOf),
    };
    // A TextResult with only a heading holds no value.
    return result.text || result.unit || result.codes.length > 0 ? result : none;
  }
  const interval = element(item, 'Interval');
  if (interval) {
    const low = element(interval, 'Low');
    const high = element(interval, 'High');
    return {
      ...none,
      kind: 'interval',
      text: `${v(low)}..${v(high)}`,
      unit: low?.getAttribute('U') || high?.getAttribute('U') || '',
    };
  }
  const date = element(item, 'DateResult');
  if (date) return { ...none, kind: 'date', text: time(element(date, 'DateResultValue')) };
  return none;
}

function structuredOf(info: Element): string[] {
  const heading = coded(element(info, 'Type'));
  const values: string[] = [];
  for (const c of Array.from(info.children)) {
    if (c.localName === 'TextInfo') values.push(text(element(c, 'Text')));
    else if (c.localName === 'IntegerInfo') values.push(v(element(c, 'Integer')));
    else if (c.localName === 'PhysicalInfo') {
      const q = element(c, 'Quantity');
      const n = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(v(q))
        ? Number(v(q).replace(',', '.'))
        : NaN;
      values.push(squash(`${v(q)} ${q?.getAttribute('U') ?? ''} #${Number.isFinite(n) ? n : ''}`));
    } else if (c.localName === 'CodedInfo') values.push(coded(element(c, 'Code')));
    else if (c.localName === 'BooleanInfo') values.push(v(element(c, 'Flag')));
  }
  return values.length > 0 ? values.map((value) => `${heading}: ${value}`) : [heading];
}

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

function itemsOf(
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
