/**
 * Long, reproducible chemistry histories: a GP patient followed for years, or a volume test.
 * Values wander around a typical level with optional drift; the lab changes part-way, with its
 * own unit spelling and, where another lab documents one, its own reference range, so that
 * trend views meet the breaks real data has.
 */
import type { ResourceBase } from '@pps-kit/api-client';
import { createRandom, type Random } from '../shared/random';
import {
  ANALYTES,
  type Analyte,
  type AnalyteKey,
  flagFor,
  type RangeSpec,
  rangeFor,
  type Sex,
} from './analytes';
import { buildReport, type LabSpec, type ResultSpec } from './build';
import { BIOMEDICAL_SCIENTIST, GP, LABS } from './parties';

/** The moment the default dataset is written around; fixed, so data never moves with the clock. */
export const DATASET_ANCHOR = '2026-11-20T11:00:00Z';

/** A GP's usual panel. */
export const GP_PANEL: readonly AnalyteKey[] = [
  'hemoglobin',
  'leukocytes',
  'platelets',
  'crp',
  'sodium',
  'potassium',
  'creatinine',
  'egfr',
  'alat',
  'hba1c',
  'tsh',
  'ferritin',
];

export interface PatientHistoryOptions {
  /** Same seed, same history. */
  seed: number;
  years: number;
  reportsPerYear: number;
  /** Which analyses, or how many (the first N of the NLK table). @default GP_PANEL */
  analytes?: readonly AnalyteKey[] | number;
  /** @default '13867410028' (a synthetic number) */
  personId?: string;
  /** @default 'female' */
  sex?: Sex;
  /** The last sample time. @default DATASET_ANCHOR */
  end?: string;
  /** Change over the whole period, in standard deviations (e.g. `{ creatinine: 2 }`). */
  drift?: Partial<Record<AnalyteKey, number>>;
  /** When the patient's samples move to another lab, as a fraction of the period; `1` never. @default 0.6 */
  labChangeAt?: number;
  /** Share of reports that carry every analysis; the rest carry a random subset. @default 0.5 */
  fullPanelShare?: number;
}

const DAY = 86_400_000;
const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

function analyteList(choice: PatientHistoryOptions['analytes']): [AnalyteKey, Analyte][] {
  const all = Object.entries(ANALYTES) as [AnalyteKey, Analyte][];
  if (choice === undefined) return GP_PANEL.map((key) => [key, ANALYTES[key]]);
  if (typeof choice === 'number') {
    if (choice > all.length) throw new RangeError(`at most ${all.length} analytes are available`);
    return all.slice(0, choice);
  }
  return choice.map((key) => [key, ANALYTES[key]]);
}

function resultFor(
  analyte: Analyte,
  range: RangeSpec,
  unit: string,
  level: number,
  random: Random,
): ResultSpec {
  const spike = random.chance(0.04) ? random.pick([-2.5, 3]) * analyte.typical.sd : 0;
  let value = round(random.normal(level, analyte.typical.sd * 0.5) + spike, analyte.decimals);
  let comparator: ResultSpec['comparator'];
  const min = analyte.typical.min ?? 0;
  if (value < min) {
    value = min;
    comparator = '<';
  }
  const flag = comparator ? undefined : flagFor(value, range);
  if (analyte.reportedCap !== undefined && value > analyte.reportedCap) {
    value = analyte.reportedCap;
    comparator = '>';
  }
  return {
    code: { nlk: analyte.nlk },
    name: analyte.name,
    value,
    ...(unit ? { unit } : {}),
    ...(comparator ? { comparator } : {}),
    range: range.text,
    ...(flag ? { flag } : {}),
    accredited: true,
  };
}

/** A reproducible chemistry history for one patient, as PPS would hold it. */
export function generatePatientHistory(options: PatientHistoryOptions): ResourceBase[] {
  const random = createRandom(options.seed);
  const analytes = analyteList(options.analytes);
  const personId = options.personId ?? '13867410028';
  const sex = options.sex ?? 'female';
  const end = Date.parse(options.end ?? DATASET_ANCHOR);
  const count = Math.max(1, Math.round(options.years * options.reportsPerYear));
  const span = options.years * 365.25 * DAY;
  const step = span / count;
  const labChangeAt = options.labChangeAt ?? 0.6;
  const fullPanelShare = options.fullPanelShare ?? 0.5;

  const resources: ResourceBase[] = [];
  for (let index = 0; index < count; index += 1) {
    const progress = count === 1 ? 1 : index / (count - 1);
    const jitter = random.int(-3, 3) * DAY;
    const day = Math.min(end, end - span + step * (index + 1) + jitter);
    const collected = new Date(Math.floor(day / DAY) * DAY + random.int(6 * 60, 10 * 60) * 60_000);
    const issued = new Date(collected.getTime() + random.int(3 * 60, 9 * 60) * 60_000);
    const movedLab = progress >= labChangeAt;
    const lab: LabSpec = movedLab ? LABS.biochemistryPrivate : LABS.biochemistry;
    const full = random.chance(fullPanelShare);

    const results: ResultSpec[] = [];
    for (const [key, analyte] of analytes) {
      if (!full && !random.chance(0.55)) continue;
      const range = movedLab && analyte.altRange ? analyte.altRange : rangeFor(analyte, sex);
      const unit =
        movedLab && analyte.unitVariants?.[0] !== undefined ? analyte.unitVariants[0] : analyte.unit;
      const level = analyte.typical.mean + (options.drift?.[key] ?? 0) * analyte.typical.sd * progress;
      results.push(resultFor(analyte, range, unit, level, random));
    }
    if (results.length === 0) {
      const [key, analyte] = analytes[0] as [AnalyteKey, Analyte];
      results.push(
        resultFor(analyte, rangeFor(analyte, sex), analyte.unit, ANALYTES[key].typical.mean, random),
      );
    }

    const id = random.uuid();
    const servProvId = `${collected.getUTCFullYear()}${String(index + 1).padStart(6, '0')}`;
    resources.push(
      ...buildReport({
        id,
        personId,
        expertise: 'CLIN',
        status: 'final',
        collected: collected.toISOString(),
        issued: issued.toISOString(),
        approved: issued.toISOString(),
        servProvId,
        lab,
        responsible: BIOMEDICAL_SCIENTIST,
        requester: GP,
        requisition: {
          id: random.uuid(),
          authoredOn: new Date(collected.getTime() - random.int(1, 14) * DAY).toISOString(),
          receivedAt: new Date(collected.getTime() + 90 * 60_000).toISOString(),
          reason: { heading: 'KF', text: 'Kontroll' },
          paymentCategory: { code: '1', display: 'Ordinær pasient' },
        },
        specimens: [{ code: 'B', text: 'Blod' }],
        results,
      }),
    );
  }
  return resources;
}
