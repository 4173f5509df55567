/**
 * What a view may say about a result or a report, as pure rules: whether a value may be used,
 * whether it is a finding, what the flag note may claim, whether an investigation is answered,
 * which statuses and banners to show, and when two unit spellings are one unit. Every view
 * (overview, report, flowsheet, trend) asks these, so that none of them says something the lab
 * did not.
 */
import { CODE_LIST, isVolvenSystem } from '../shared/code-systems';
import type { NilarObservationStatus, NilarReportStatus } from '../shared/fhir';
import type { Fagomrade, LabReport, LabResult, LabValue } from './model';
import { type StatusBanner, statusInfo } from './status';

/** Cancelled and entered-in-error values must not be used: never plotted, counted or filtered on. */
export const isVoidStatus = (status: NilarReportStatus | NilarObservationStatus): boolean =>
  statusInfo(status).void;

/** Whether a result must not be used: its own status, or its report's, is cancelled or in error. */
export const isVoidResult = (
  result: Pick<LabResult, 'status'>,
  report?: Pick<LabReport, 'status'>,
): boolean => isVoidStatus(result.status) || (report !== undefined && isVoidStatus(report.status));

/** An isolate: a result whose members include susceptibilities (S/I/R). */
export const isIsolate = (result: LabResult): boolean =>
  result.members.some((member) => member.susceptibility !== undefined);

export type FindingKind =
  /** The lab flagged it (8244, HL7, or a flag pps-kit does not know). */
  | 'lab-flag'
  /** pps-kit computed it outside the reference range; the lab did not flag it. */
  | 'computed-flag'
  /** A susceptibility the lab answered R. */
  | 'resistant'
  /** An isolate: an organism with its susceptibilities. */
  | 'organism'
  /** Growth, a detected agent, a positive test, or (in microbiology) an organism in words. */
  | 'positive'
  /** A pathology diagnosis. */
  | 'diagnosis';

/** Words that begin a negative answer: "Ikke påvist", "Ingen vekst", "Negativ". */
const NEGATIVE = /^\s*(ikke|ikkje|ingen|inga|negativ|not\b|no\b|none\b|negative)/iu;
/** Words of a positive answer, where the answer is not negative. */
const POSITIVE = /(^|[^\p{L}])(påvist|positiv|positive|vekst|growth|detected|funnet)([^\p{L}]|$)/iu;
/** Answers that say nothing either way: a number as text, or only punctuation ("..."). */
const SILENT = /^[\s<>≤≥=+\-–.,:;?*/\d]*$/u;

/** A value's words, as the lab sent them: its text, else its codes' displays. */
function wordsOf(value: LabValue): string | undefined {
  if (value.kind === 'text') return value.text;
  if (value.kind === 'coded') return value.codes.map((c) => c.display ?? c.code ?? '').join(' ') || undefined;
  return undefined;
}

const DIAGNOSIS_NAME = /^\s*(diagnose|diagnosis|funn)/iu;

/**
 * Whether one result, by its own value, is a finding a clinician must see, and which kind.
 * Cancelled and entered-in-error results are never findings. `fagomrade` is the report's.
 */
export function resultFinding(result: LabResult, fagomrade?: Fagomrade): FindingKind | undefined {
  if (isVoidStatus(result.status)) return undefined;
  const c = result.classification;
  if (c.source === 'lab' && c.class !== 'normal') return 'lab-flag';
  if (result.susceptibility) return result.susceptibility.code === 'R' ? 'resistant' : undefined;
  if (c.source === 'computed' && c.class !== 'normal' && c.class !== 'unknown') return 'computed-flag';
  if (isIsolate(result)) return 'organism';
  const words = wordsOf(result.value);
  if (words === undefined || SILENT.test(words) || NEGATIVE.test(words)) return undefined;
  if (POSITIVE.test(words)) return 'positive';
  const leaf = result.members.length === 0;
  // In microbiology, an answer in words that is not negative names what grew or was found.
  if (fagomrade === 'MBIO' && leaf) return 'positive';
  if (fagomrade === 'PAT' && leaf) {
    // A NORPAT code on the answer, in words or coded, is a diagnosis.
    const coded =
      (result.value.kind === 'text' || result.value.kind === 'coded') &&
      result.value.codes.some((x) => isVolvenSystem(x.system, CODE_LIST.norpat));
    if (coded || DIAGNOSIS_NAME.test(result.name) || DIAGNOSIS_NAME.test(words)) return 'diagnosis';
  }
  return undefined;
}

/** A long text result (pathology, radiology, a lab's narrative): to be read, not assessed. */
export const isLongText = (value: LabValue): boolean =>
  value.kind === 'text' && (value.text.length > 90 || value.text.includes('\n'));

export interface ReportFindings {
  /** The report is cancelled or entered in error: nothing in it is counted. */
  void: boolean;
  /** Results the lab flagged. */
  labFlags: number;
  /** Results pps-kit computed outside their range (the lab did not flag them). */
  computedFlags: number;
  /** Susceptibilities answered R. */
  resistant: number;
  /** Isolates, positive answers and diagnoses. */
  positives: number;
  /** Long texts that are not findings by these rules, but must be read. */
  texts: number;
  /** Every finding: flags (the lab's and computed), resistance and positives. */
  total: number;
  /**
   * The results behind those counts, in the lab's order (depth first), with what each is: the
   * overview names them. An isolate is named once; its resistant antibiotics are named too.
   */
  found: { result: LabResult; kind: FindingKind }[];
}

/**
 * The findings of a report, for the overview's column and the "only findings" filter. An
 * isolate counts once: the words under it (quantity, identification) are part of it.
 */
export function reportFindings(report: Pick<LabReport, 'status' | 'fagomrade' | 'results'>): ReportFindings {
  const findings: ReportFindings = {
    void: isVoidStatus(report.status),
    labFlags: 0,
    computedFlags: 0,
    resistant: 0,
    positives: 0,
    texts: 0,
    total: 0,
    found: [],
  };
  if (findings.void) return findings;
  const walk = (result: LabResult, inIsolate: boolean) => {
    const kind = resultFinding(result, report.fagomrade);
    if (kind === 'lab-flag') findings.labFlags += 1;
    else if (kind === 'computed-flag') findings.computedFlags += 1;
    else if (kind === 'resistant') findings.resistant += 1;
    else if (kind !== undefined && !inIsolate) findings.positives += 1;
    else if (kind === undefined && !isVoidStatus(result.status) && isLongText(result.value))
      findings.texts += 1;
    if (
      kind !== undefined &&
      (!inIsolate || kind === 'lab-flag' || kind === 'computed-flag' || kind === 'resistant')
    )
      findings.found.push({ result, kind });
    const isolate = inIsolate || kind === 'organism';
    for (const member of result.members) walk(member, isolate);
  };
  for (const result of report.results) walk(result, false);
  findings.total = findings.labFlags + findings.computedFlags + findings.resistant + findings.positives;
  return findings;
}

/** Whether a report has any finding (the overview's filter keeps it). Void reports have none. */
export const hasFindings = (report: LabReport): boolean => reportFindings(report).total > 0;

/** Every result of a report, depth first, in the lab's order. */
function* everyResult(results: readonly LabResult[]): Generator<LabResult> {
  for (const result of results) {
    yield result;
    yield* everyResult(result.members);
  }
}

/**
 * What the note under a report's flags may say. `none-flagged`: the lab flagged nothing in the
 * whole report, and pps-kit computed some classes. `computed`: some classes are computed, beside
 * the lab's own flags. `undefined`: no computed class is shown, so there is nothing to explain.
 */
export function flagNote(report: LabReport): 'none-flagged' | 'computed' | undefined {
  let computed = false;
  let labFlagged = false;
  for (const result of everyResult(report.results)) {
    const c = result.classification;
    if (c.source === 'lab' && c.class !== 'normal') labFlagged = true;
    if (c.source === 'computed' && c.class !== 'normal' && c.class !== 'unknown') computed = true;
  }
  if (!computed) return undefined;
  return labFlagged ? 'computed' : 'none-flagged';
}

export type AnswerState =
  /** The result has a value. */
  | 'answered'
  /** No value of its own: its answer is in the results under it (a bottle, a histology). */
  | 'answered-below'
  /** The lab says it is not answered yet (registered, in progress). */
  | 'pending'
  /** Nothing at all is there. */
  | 'not-answered';

/** Whether a value says anything: a coded value without a code says nothing. */
export const hasValue = (value: LabValue): boolean =>
  value.kind !== 'none' && !(value.kind === 'coded' && value.codes.length === 0);

const hasValueBelow = (result: LabResult): boolean =>
  result.members.some((member) => hasValue(member.value) || hasValueBelow(member));

/** Whether an investigation is answered: "Ikke besvart" only when the lab says so or nothing is there. */
export function answerState(result: LabResult): AnswerState {
  if (hasValue(result.value)) return 'answered';
  if (hasValueBelow(result)) return 'answered-below';
  if (result.status === 'registered' || result.status === 'preliminary') return 'pending';
  return 'not-answered';
}

/** 8245 codes that say a result is not yet final (foreløpig, gjennomført, diktert, skrevet). */
const PRELIMINARY_8245 = ['2', '8', '9', '10'];

/**
 * The statuses to show beside one result: none when it is final; its own status otherwise; and
 * "preliminary" as well when the lab says a changed result is still preliminary.
 */
export function resultStatuses(result: Pick<LabResult, 'status' | 'labStatus'>): NilarObservationStatus[] {
  const shown: NilarObservationStatus[] = result.status === 'final' ? [] : [result.status];
  const code = result.labStatus?.status?.code;
  if (result.status === 'amended' && code && PRELIMINARY_8245.includes(code)) shown.push('preliminary');
  return shown;
}

/**
 * The banners a report needs, in order. A changed report the lab still calls preliminary (7306
 * `P`) gets both; an addendum the lab marks `A` gets its banner whatever FHIR status it mapped to.
 */
export function reportBanners(report: Pick<LabReport, 'status' | 'labStatus'>): StatusBanner[] {
  const banners: StatusBanner[] = [];
  const own = statusInfo(report.status).banner;
  if (own) banners.push(own);
  if (isVoidStatus(report.status)) return banners;
  const code = report.labStatus?.status?.code;
  if ((code === 'P' || code === 'S') && !banners.includes('preliminary') && !banners.includes('registered'))
    banners.push('preliminary');
  if (code === 'A' && !banners.includes('appended')) banners.push('appended');
  return banners;
}

/**
 * Who cancelled, where the message says it: `requisition` when the requisition itself is
 * cancelled (ServReq ServType `C`); otherwise `undefined`, and a view says only "cancelled".
 */
export function cancellationOf(
  report: Pick<LabReport, 'status' | 'requisition'>,
): 'requisition' | 'report' | undefined {
  if (report.status !== 'cancelled') return undefined;
  return report.requisition?.labStatus?.servType?.code === 'C' ? 'requisition' : 'report';
}

/**
 * A unit's spelling reduced to what UCUM distinguishes: the micro sign, Greek mu and `u` are one;
 * `l` and `L` (litre) are one; `10^9`, `10E9`, `10*9` and `10#9` are one; spaces and a leading
 * `x` before a power of ten do not count. Everything else stays as sent.
 */
export function unitKey(unit: string | undefined): string {
  return (unit ?? '')
    .normalize('NFKC')
    .trim()
    .replace(/[\u00b5\u03bc]/gu, 'u')
    .replace(/\s/gu, '')
    .replace(/^x(?=10)/iu, '')
    .replace(/10(?:\^|E|e|\*|#)(?=-?\d)/gu, '10*')
    .replace(
      /(^|[^A-Za-z])([mdcunpf]?)l(?![A-Za-z])/gu,
      (_m, before: string, prefix: string) => `${before}${prefix}L`,
    );
}

/** Whether two unit spellings are one unit (a change of unit still breaks a trend). */
export const sameUnit = (a: string | undefined, b: string | undefined): boolean => unitKey(a) === unitKey(b);
