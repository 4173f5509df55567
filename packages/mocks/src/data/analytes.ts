/**
 * Analyses used in the synthetic data: code, name and unit from the NLK (7280.77), reference
 * ranges as Norwegian labs write them (../shared/domain/lab-domain.md §6.1, confirmed ranges only).
 * `typical` drives generated histories and is not clinical guidance.
 */

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

export const ANALYTES = {
  hemoglobin: {
    nlk: 'NOR05172',
    name: 'B-Hemoglobin',
    unit: 'g/dL',
    expertise: 'CLIN',
    group: 'Hematologi',
    range: {
      female: { low: 11.7, high: 15.3, text: '11,7 - 15,3' },
      male: { low: 13.4, high: 17.0, text: '13,4 - 17,0' },
    },
    typical: { mean: 13.9, sd: 1.0 },
    decimals: 1,
  },
  leukocytes: {
    nlk: 'NPU02593',
    name: 'B-Leukocytter',
    unit: 'x 10E9/L',
    unitVariants: ['10E9/L', '10*9/L', '10^9/L'],
    expertise: 'CLIN',
    group: 'Hematologi',
    range: { low: 3.5, high: 10.0, text: '3,5 - 10,0' },
    altRange: { low: 3.5, high: 11.0, text: '3,5 - 11,0' },
    typical: { mean: 6.6, sd: 1.6, min: 1 },
    decimals: 1,
  },
  platelets: {
    nlk: 'NPU03568',
    name: 'B-Trombocytter',
    unit: 'x 10E9/L',
    unitVariants: ['10E9/L', '10*9/L'],
    expertise: 'CLIN',
    group: 'Hematologi',
    range: { low: 145, high: 390, text: '145 - 390' },
    typical: { mean: 255, sd: 55, min: 20 },
    decimals: 0,
  },
  crp: {
    nlk: 'NPU19748',
    name: 'P-CRP',
    unit: 'mg/L',
    expertise: 'CLIN',
    group: 'Proteinundersøkelser',
    range: { high: 5, text: '< 5' },
    typical: { mean: 3, sd: 5, min: 1 },
    decimals: 0,
  },
  sodium: {
    nlk: 'NPU03429',
    name: 'P-Natrium',
    unit: 'mmol/L',
    expertise: 'CLIN',
    group: 'Elektrolytter',
    range: { low: 137, high: 145, text: '137 - 145' },
    altRange: { low: 137, high: 144, text: '137 - 144' },
    typical: { mean: 140, sd: 2 },
    decimals: 0,
  },
  potassium: {
    nlk: 'NPU03230',
    name: 'P-Kalium',
    unit: 'mmol/L',
    expertise: 'CLIN',
    group: 'Elektrolytter',
    range: { low: 3.5, high: 4.4, text: '3,5 - 4,4' },
    altRange: { low: 3.6, high: 4.6, text: '3,6 - 4,6' },
    typical: { mean: 4.0, sd: 0.3 },
    decimals: 1,
  },
  calcium: {
    nlk: 'NPU01443',
    name: 'P-Kalsium',
    unit: 'mmol/L',
    expertise: 'CLIN',
    group: 'Elektrolytter',
    range: { low: 2.15, high: 2.51, text: '2,15 - 2,51' },
    typical: { mean: 2.35, sd: 0.08 },
    decimals: 2,
  },
  creatinine: {
    nlk: 'NPU04998',
    name: 'P-Kreatinin',
    unit: 'µmol/L',
    unitVariants: ['umol/L', 'mikromol/L'],
    expertise: 'CLIN',
    group: 'Enzymer, metabolitter, vevsskade',
    range: { female: { low: 45, high: 90, text: '45 - 90' }, male: { low: 60, high: 105, text: '60 - 105' } },
    typical: { mean: 74, sd: 10, min: 20 },
    decimals: 0,
  },
  egfr: {
    nlk: 'NOR25909',
    name: 'eGFR',
    unit: 'mL/min/1.73m2',
    unitVariants: ['mL/min/1,73m2', 'ml/min'],
    expertise: 'CLIN',
    group: 'Enzymer, metabolitter, vevsskade',
    range: { low: 60, text: '>60' },
    typical: { mean: 82, sd: 10, min: 5 },
    decimals: 0,
    reportedCap: 90,
  },
  alat: {
    nlk: 'NPU19651',
    name: 'P-ALAT',
    unit: 'U/L',
    expertise: 'CLIN',
    group: 'Enzymer, metabolitter, vevsskade',
    range: { female: { low: 10, high: 45, text: '10 - 45' }, male: { low: 10, high: 70, text: '10 - 70' } },
    typical: { mean: 26, sd: 9, min: 5 },
    decimals: 0,
  },
  alp: {
    nlk: 'NPU27783',
    name: 'P-ALP',
    unit: 'U/L',
    expertise: 'CLIN',
    group: 'Enzymer, metabolitter, vevsskade',
    range: { low: 35, high: 105, text: '35 - 105' },
    typical: { mean: 72, sd: 15, min: 10 },
    decimals: 0,
  },
  bilirubin: {
    nlk: 'NPU01370',
    name: 'P-Bilirubin',
    unit: 'µmol/L',
    unitVariants: ['umol/L'],
    expertise: 'CLIN',
    group: 'Enzymer, metabolitter, vevsskade',
    range: { low: 5, high: 25, text: '5 - 25' },
    typical: { mean: 11, sd: 4, min: 2 },
    decimals: 0,
  },
  albumin: {
    nlk: 'NPU19673',
    name: 'P-Albumin',
    unit: 'g/L',
    expertise: 'CLIN',
    group: 'Proteinundersøkelser',
    range: { low: 36, high: 45, text: '36 - 45' },
    typical: { mean: 41, sd: 2.5 },
    decimals: 0,
  },
  hba1c: {
    nlk: 'NPU27300',
    name: 'B-HbA1c',
    unit: 'mmol/mol',
    expertise: 'CLIN',
    group: 'Karbohydrater, lipider, lipoproteiner',
    range: { low: 20, high: 42, text: '20 - 42' },
    typical: { mean: 38, sd: 3 },
    decimals: 0,
  },
  tsh: {
    nlk: 'NPU03577',
    name: 'P-TSH',
    unit: 'mIE/L',
    unitVariants: ['x 10E-3 IU/L', 'mIU/L'],
    expertise: 'CLIN',
    group: 'Hormoner, bindeproteiner',
    range: { low: 0.3, high: 4.2, text: '0,3 - 4,2' },
    altRange: { low: 0.44, high: 3.1, text: '0,44 - 3,1' },
    typical: { mean: 1.8, sd: 0.7, min: 0.05 },
    decimals: 2,
  },
  ft4: {
    nlk: 'NPU03579',
    name: 'P-T4, fritt',
    unit: 'pmol/L',
    expertise: 'CLIN',
    group: 'Hormoner, bindeproteiner',
    range: { low: 11, high: 22, text: '11 - 22' },
    altRange: { low: 8.5, high: 16.5, text: '8,5 - 16,5' },
    typical: { mean: 16, sd: 2 },
    decimals: 0,
  },
  ferritin: {
    nlk: 'NPU19763',
    name: 'P-Ferritin',
    unit: 'µg/L',
    expertise: 'CLIN',
    group: 'Proteinundersøkelser',
    range: {
      female: { low: 15, high: 160, text: '15 - 160' },
      male: { low: 30, high: 400, text: '30 - 400' },
    },
    typical: { mean: 90, sd: 45, min: 4 },
    decimals: 0,
  },
  inr: {
    nlk: 'NPU01685',
    name: 'P-INR',
    // Real labs send INR with no unit, or with the unit "0" (lab-domain.md §3.2).
    unit: '',
    unitVariants: ['0'],
    expertise: 'CLIN',
    group: 'Koagulasjon',
    range: { low: 0.8, high: 1.2, text: '0,8 - 1,2' },
    typical: { mean: 1.0, sd: 0.08, min: 0.7 },
    decimals: 1,
  },
  ddimer: {
    nlk: 'NPU19767',
    name: 'P-D-dimer',
    unit: 'mg/L FEU',
    expertise: 'CLIN',
    group: 'Koagulasjon',
    range: { high: 0.5, text: '< 0,5' },
    typical: { mean: 0.3, sd: 0.15, min: 0.1 },
    decimals: 2,
  },
  troponinT: {
    nlk: 'NPU27501',
    name: 'P-Troponin T',
    unit: 'ng/L',
    expertise: 'CLIN',
    group: 'Enzymer, metabolitter, vevsskade',
    range: { low: 0, high: 14, text: '0 - 14' },
    typical: { mean: 7, sd: 3, min: 3 },
    decimals: 0,
  },
  b12: {
    nlk: 'NPU01700',
    name: 'P-Vit B12',
    unit: 'pmol/L',
    expertise: 'CLIN',
    group: 'Vitaminer',
    range: { low: 150, high: 650, text: '150 - 650' },
    typical: { mean: 380, sd: 110, min: 60 },
    decimals: 0,
  },
  asat: {
    nlk: 'NPU19654',
    name: 'P-ASAT',
    unit: 'U/L',
    expertise: 'CLIN',
    group: 'Enzymer, metabolitter, vevsskade',
    range: { female: { low: 15, high: 35, text: '15 - 35' }, male: { low: 15, high: 45, text: '15 - 45' } },
    typical: { mean: 24, sd: 6, min: 5 },
    decimals: 0,
  },
  gt: {
    nlk: 'NPU19657',
    name: 'P-GT',
    unit: 'U/L',
    expertise: 'CLIN',
    group: 'Enzymer, metabolitter, vevsskade',
    range: { female: { low: 10, high: 45, text: '10 - 45' }, male: { low: 10, high: 80, text: '10 - 80' } },
    typical: { mean: 28, sd: 12, min: 5 },
    decimals: 0,
  },
  urate: {
    nlk: 'NPU09356',
    name: 'P-Urat',
    unit: 'µmol/L',
    expertise: 'CLIN',
    group: 'Enzymer, metabolitter, vevsskade',
    range: {
      female: { low: 155, high: 350, text: '155 - 350' },
      male: { low: 230, high: 480, text: '230 - 480' },
    },
    typical: { mean: 290, sd: 50, min: 80 },
    decimals: 0,
  },
  neutrophils: {
    nlk: 'NPU02902',
    name: 'B-Nøytrofile granulocytter',
    unit: 'x 10E9/L',
    unitVariants: ['10E9/L'],
    expertise: 'CLIN',
    group: 'Hematologi',
    range: { low: 1.5, high: 7.3, text: '1,5 - 7,3' },
    typical: { mean: 3.9, sd: 1.2, min: 0.2 },
    decimals: 1,
  },
  lymphocytes: {
    nlk: 'NPU02636',
    name: 'B-Lymfocytter',
    unit: 'x 10E9/L',
    unitVariants: ['10E9/L'],
    expertise: 'CLIN',
    group: 'Hematologi',
    range: { low: 1.1, high: 3.3, text: '1,1 - 3,3' },
    typical: { mean: 2.0, sd: 0.5, min: 0.2 },
    decimals: 1,
  },
  monocytes: {
    nlk: 'NPU02840',
    name: 'B-Monocytter',
    unit: 'x 10E9/L',
    unitVariants: ['10E9/L'],
    expertise: 'CLIN',
    group: 'Hematologi',
    range: { low: 0.2, high: 0.8, text: '0,2 - 0,8' },
    typical: { mean: 0.5, sd: 0.12, min: 0.05 },
    decimals: 1,
  },
  eosinophils: {
    nlk: 'NPU01933',
    name: 'B-Eosinofile granulocytter',
    unit: 'x 10E9/L',
    unitVariants: ['10E9/L'],
    expertise: 'CLIN',
    group: 'Hematologi',
    range: { high: 0.4, text: '< 0,4' },
    typical: { mean: 0.2, sd: 0.1, min: 0 },
    decimals: 1,
  },
  basophils: {
    nlk: 'NPU01349',
    name: 'B-Basofile granulocytter',
    unit: 'x 10E9/L',
    unitVariants: ['10E9/L'],
    expertise: 'CLIN',
    group: 'Hematologi',
    range: { high: 0.1, text: '< 0,1' },
    typical: { mean: 0.04, sd: 0.02, min: 0 },
    decimals: 2,
  },
  hematocrit: {
    nlk: 'NPU01961',
    name: 'B-EVF',
    // A fraction: real labs send no unit.
    unit: '',
    expertise: 'CLIN',
    group: 'Hematologi',
    range: {
      female: { low: 0.35, high: 0.46, text: '0,35 - 0,46' },
      male: { low: 0.4, high: 0.5, text: '0,40 - 0,50' },
    },
    typical: { mean: 0.42, sd: 0.025 },
    decimals: 2,
  },
  mcv: {
    nlk: 'NPU01944',
    name: 'Ery-MCV',
    unit: 'fL',
    expertise: 'CLIN',
    group: 'Hematologi',
    range: { low: 82, high: 98, text: '82 - 98' },
    typical: { mean: 90, sd: 4 },
    decimals: 0,
  },
  // The ranges below are typical adult ranges that ../shared/domain/lab-domain.md marks "(verify)":
  // mock data for volume and trend tests, never clinical guidance.
  glucose: {
    nlk: 'NPU02192',
    name: 'P-Glukose',
    unit: 'mmol/L',
    expertise: 'CLIN',
    group: 'Karbohydrater, lipider, lipoproteiner',
    range: { low: 4.0, high: 6.0, text: '4,0 - 6,0' },
    typical: { mean: 5.3, sd: 0.6, min: 1 },
    decimals: 1,
  },
  cholesterol: {
    nlk: 'NPU01566',
    name: 'P-Kolesterol',
    unit: 'mmol/L',
    expertise: 'CLIN',
    group: 'Karbohydrater, lipider, lipoproteiner',
    range: { low: 3.3, high: 6.9, text: '3,3 - 6,9' },
    typical: { mean: 5.2, sd: 0.8 },
    decimals: 1,
  },
  ldl: {
    nlk: 'NPU01568',
    name: 'P-LDL-kolesterol',
    unit: 'mmol/L',
    expertise: 'CLIN',
    group: 'Karbohydrater, lipider, lipoproteiner',
    range: { low: 1.2, high: 4.3, text: '1,2 - 4,3' },
    typical: { mean: 3.1, sd: 0.7 },
    decimals: 1,
  },
  triglycerides: {
    nlk: 'NPU04094',
    name: 'P-Triglyserid',
    unit: 'mmol/L',
    expertise: 'CLIN',
    group: 'Karbohydrater, lipider, lipoproteiner',
    range: { low: 0.5, high: 2.6, text: '0,5 - 2,6' },
    typical: { mean: 1.4, sd: 0.5, min: 0.2 },
    decimals: 1,
  },
  ntprobnp: {
    nlk: 'NPU21571',
    name: 'P-NT-proBNP',
    unit: 'ng/L',
    expertise: 'CLIN',
    group: 'Enzymer, metabolitter, vevsskade',
    range: { high: 125, text: '< 125' },
    typical: { mean: 80, sd: 40, min: 5 },
    decimals: 0,
  },
  psa: {
    nlk: 'NPU08669',
    name: 'P-PSA',
    unit: 'µg/L',
    expertise: 'CLIN',
    group: 'Tumormarkører',
    range: { high: 4.0, text: '< 4,0' },
    typical: { mean: 1.2, sd: 0.6, min: 0.1 },
    decimals: 1,
  },
  lithium: {
    nlk: 'NPU02613',
    name: 'P-Litium',
    unit: 'mmol/L',
    expertise: 'FARM',
    group: 'Antidepressiva',
    range: { low: 0.5, high: 1.0, text: '0,5 - 1,0' },
    typical: { mean: 0.7, sd: 0.12, min: 0.1 },
    decimals: 2,
  },
  ccp: {
    nlk: 'NPU19947',
    name: 'P-CCP IgG',
    unit: 'p.d.e.',
    expertise: 'IMTR',
    group: 'Autoantistoffer revmatologi',
    range: { high: 7, text: '< 7' },
    typical: { mean: 3, sd: 1.5, min: 1 },
    decimals: 0,
  },
  esr: {
    nlk: 'NPU03404',
    name: 'B-SR',
    unit: 'mm',
    expertise: 'CLIN',
    group: 'Hematologi',
    range: { high: 20, text: '< 20' },
    typical: { mean: 10, sd: 6, min: 1 },
    decimals: 0,
  },
} as const satisfies Record<string, Analyte>;

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
