/**
 * Analyses used in the synthetic data: code, name and unit from the NLK (7280.77), reference
 * ranges as Norwegian labs write them (../shared/domain/lab-domain.md §6.1, confirmed ranges only).
 * `typical` drives generated histories and is not clinical guidance. The catalogue is in
 * analytes/, in the order histories draw from it.
 */
import { CORE_ANALYTES } from './analytes/core';
import { DIFFERENTIAL_ANALYTES } from './analytes/differential';
import { VOLUME_ANALYTES } from './analytes/volume';

export type Sex = 'female' | 'male';

export interface RangeSpec {
  low?: number;
  high?: number;
  /** As the lab writes it: decimal comma, free spacing ("3,5 - 10,0", "< 5", ">60"). */
  text: string;
}

export interface Analyte {
  nlk: string;
  name: string;
  /** The unit as the NLK spells it; labs vary it (see `unitVariants`). */
  unit: string;
  /** Other spellings real labs send for the same unit. */
  unitVariants?: readonly string[];
  /** Fagområde (8202). */
  expertise: 'CLIN' | 'FARM' | 'IMTR';
  /** NLK gruppering. */
  group: string;
  range: RangeSpec | { female: RangeSpec; male: RangeSpec };
  /** A range another lab documents for the same analysis (used after a lab change). */
  altRange?: RangeSpec;
  typical: { mean: number; sd: number; min?: number };
  decimals: number;
  /** Values above this are sent as "> cap" (eGFR "> 90"). */
  reportedCap?: number;
}

/** Every analysis of the synthetic data, in the order generated histories draw them. */
export const ANALYTES = { ...CORE_ANALYTES, ...DIFFERENTIAL_ANALYTES, ...VOLUME_ANALYTES } as const;

export type AnalyteKey = keyof typeof ANALYTES;

/** The reference range that applies to a patient of `sex`. */
export const rangeFor = (analyte: Analyte, sex: Sex): RangeSpec =>
  'text' in analyte.range ? analyte.range : analyte.range[sex];

/** The lab's deviation flag (8244) for a value: 1 above, 2 below, none inside. */
export function flagFor(value: number, range: RangeSpec): '1' | '2' | undefined {
  if (range.high !== undefined && value > range.high) return '1';
  if (range.low !== undefined && value < range.low) return '2';
  return undefined;
}
