/**
 * How a report's results divide into what a clinician reads: the results table, microbiology
 * (cultures, their isolates and one susceptibility table across the isolates) and narratives.
 * Every top-level result lands in exactly one section; nothing is left out or shown twice.
 */
import type { LabReport, LabResult, LabSpecimen } from './model';
import { isIsolate, isLongText } from './truth';

const holdsIsolate = (result: LabResult): boolean => isIsolate(result) || result.members.some(holdsIsolate);
const holdsLongText = (result: LabResult): boolean =>
  isLongText(result.value) || result.members.some(holdsLongText);
const holdsNumber = (result: LabResult): boolean =>
  result.value.kind === 'quantity' || result.members.some(holdsNumber);

export type ReportSection = 'microbiology' | 'text' | 'table';

/**
 * Which section shows a top-level result: cultures holding isolates; narratives (pathology,
 * radiology: a long text, or long texts under it and no numbers), read as paragraphs at full
 * width; or the results table.
 */
export function sectionOf(result: LabResult): ReportSection {
  if (holdsIsolate(result)) return 'microbiology';
  if (isLongText(result.value) || (holdsLongText(result) && !holdsNumber(result))) return 'text';
  return 'table';
}

/** The report's top-level results by section, each in the lab's order. */
export function reportSections(report: Pick<LabReport, 'results'>): Record<ReportSection, LabResult[]> {
  const sections: Record<ReportSection, LabResult[]> = { microbiology: [], text: [], table: [] };
  for (const result of report.results) sections[sectionOf(result)].push(result);
  return sections;
}

/** A result's members, flattened, leaving out susceptibilities and isolates (shown elsewhere). */
export function resultDetails(result: LabResult): LabResult[] {
  return result.members
    .filter((member) => !member.susceptibility && !isIsolate(member))
    .flatMap((member) => [member, ...resultDetails(member)]);
}

/** The isolates in a culture's tree (labs nest them at different depths), in the lab's order. */
function isolatesIn(results: readonly LabResult[]): LabResult[] {
  return results.flatMap((result) => (isIsolate(result) ? [result] : isolatesIn(result.members)));
}

/** The results an isolate was found under (a culture, a bottle), outermost first. */
function pathTo(
  target: LabResult,
  results: readonly LabResult[],
  above: LabResult[] = [],
): LabResult[] | undefined {
  for (const result of results) {
    if (result === target) return above;
    const found = pathTo(target, result.members, [...above, result]);
    if (found) return found;
  }
  return undefined;
}

/** One isolate with where it was found and what the lab said of it besides its susceptibility. */
export interface IsolateView {
  isolate: LabResult;
  /** The results it was found under ("Aerob dyrkning", "Flaske 1"), outermost first. */
  foundIn: LabResult[];
  /** The specimen it grew from, when the lab linked one. */
  specimen: LabSpecimen | undefined;
  /** Its other members (quantity, identification notes), flattened. */
  details: LabResult[];
}

/** One antibiotic: its tests for each isolate, in the isolates' order (empty where not tested). */
export interface SusceptibilityRow {
  antibiotic: string;
  tests: LabResult[][];
}

/** The microbiology section, ready to show. */
export interface MicrobiologyView {
  /** The cultures that are not isolates themselves, each with its own details. */
  cultures: { culture: LabResult; details: LabResult[] }[];
  isolates: IsolateView[];
  /** Antibiotics in the order the lab first tested them. */
  susceptibility: SusceptibilityRow[];
  /** The lab's comments on single tests ("Ampicillin: …"). */
  notes: string[];
}

/** The report's microbiology: undefined when no result holds an isolate. */
export function microbiologyOf(
  report: Pick<LabReport, 'results' | 'specimens'>,
): MicrobiologyView | undefined {
  const cultures = reportSections(report).microbiology;
  if (cultures.length === 0) return undefined;
  const isolates = isolatesIn(cultures);
  const antibiotics: string[] = [];
  for (const isolate of isolates) {
    for (const member of isolate.members) {
      if (member.susceptibility && !antibiotics.includes(member.name)) antibiotics.push(member.name);
    }
  }
  return {
    cultures: cultures
      .filter((culture) => !isIsolate(culture))
      .map((culture) => ({ culture, details: resultDetails(culture) })),
    isolates: isolates.map((isolate) => ({
      isolate,
      foundIn: pathTo(isolate, cultures) ?? [],
      specimen: report.specimens.find((specimen) => specimen.id === isolate.specimenId),
      details: resultDetails(isolate),
    })),
    susceptibility: antibiotics.map((antibiotic) => ({
      antibiotic,
      tests: isolates.map((isolate) =>
        isolate.members.filter((member) => member.name === antibiotic && member.susceptibility),
      ),
    })),
    notes: isolates.flatMap((isolate) =>
      isolate.members
        .filter((member) => member.susceptibility && member.comments.length > 0)
        .map((member) => `${member.name}: ${member.comments.join(' ')}`),
    ),
  };
}
