/**
 * Lab reports of the synthetic patients, written for pps-kit. Values, units and reference texts
 * are spelled the way Norwegian labs send them (decimal comma in ranges, free-form units).
 */
import type { ResourceBase } from '@pps-kit/api-client';
import { buildReport } from './build';

const FJORDBY_BIOKJEMI = 'Fjordbyen sykehus, Avdeling for medisinsk biokjemi';
const FJORDBY_MIKRO = 'Fjordbyen sykehus, Mikrobiologisk avdeling';
const VIKA_RADIOLOGI = 'Vika radiologi';

const vakkerBlomst = '13867410028';
const roligFjell = '02915821122';
const relevantMiljogift = '04886897869';

/** Every resource the mock PPS holds, per fødselsnummer. */
export const mockResources: Readonly<Record<string, readonly ResourceBase[]>> = {
  [vakkerBlomst]: [
    ...buildReport({
      id: '7f1d3c52-0b8e-4c11-9a57-1c2e3d4f5a01',
      personId: vakkerBlomst,
      expertise: 'CLIN',
      status: 'final',
      collected: '2026-11-20T08:15:00+01:00',
      issued: '2026-11-20T14:02:00+01:00',
      lab: FJORDBY_BIOKJEMI,
      results: [
        {
          code: { nlk: 'NOR05172' },
          name: 'B-Hemoglobin',
          value: 11.2,
          unit: 'g/dL',
          range: '11,7 - 15,3',
          flag: '2',
        },
        {
          code: { nlk: 'NPU02593' },
          name: 'B-Leukocytter',
          value: 7.4,
          unit: 'x 10E9/L',
          range: '3,5 - 10,0',
        },
        { code: { nlk: 'NPU19748' }, name: 'P-CRP', value: 12, unit: 'mg/L', range: '< 5', flag: '1' },
        { code: { nlk: 'NPU04998' }, name: 'P-Kreatinin', value: 71, unit: 'µmol/L', range: '45 - 90' },
        {
          code: { nlk: 'NOR25909' },
          name: 'eGFR',
          value: 90,
          comparator: '>',
          unit: 'mL/min/1.73m2',
          range: '>60',
        },
      ],
    }),
    ...buildReport({
      id: '7f1d3c52-0b8e-4c11-9a57-1c2e3d4f5a02',
      personId: vakkerBlomst,
      expertise: 'MBIO',
      status: 'preliminary',
      collected: '2026-11-18T10:40:00+01:00',
      issued: '2026-11-19T09:12:00+01:00',
      lab: FJORDBY_MIKRO,
      results: [
        {
          code: { nlk: 'NPU06073' },
          name: 'U-Bakterier dyrkning',
          value: 'Vekst av gramnegative staver. Identifikasjon og resistensbestemmelse følger.',
        },
      ],
    }),
    ...buildReport({
      id: '7f1d3c52-0b8e-4c11-9a57-1c2e3d4f5a03',
      personId: vakkerBlomst,
      expertise: 'RAD',
      status: 'final',
      collected: '2026-10-02T13:30:00+02:00',
      issued: '2026-10-02T16:45:00+02:00',
      lab: VIKA_RADIOLOGI,
      results: [
        {
          code: { local: 'RTGTHX2' },
          name: 'Rtg. thorax to plan',
          value: 'Normal hjertestørrelse. Ingen infiltrater eller pleuravæske. Ingen pneumothorax.',
        },
      ],
    }),
    ...buildReport({
      id: '7f1d3c52-0b8e-4c11-9a57-1c2e3d4f5a04',
      personId: vakkerBlomst,
      expertise: 'CLIN',
      status: 'amended',
      collected: '2026-03-11T07:55:00+01:00',
      issued: '2026-03-13T11:20:00+01:00',
      firstIssued: '2026-03-11T15:03:00+01:00',
      lab: FJORDBY_BIOKJEMI,
      results: [
        {
          code: { nlk: 'NPU27300' },
          name: 'B-HbA1c',
          value: 44,
          unit: 'mmol/mol',
          range: '20 - 42',
          flag: '1',
        },
      ],
    }),
  ],
  [roligFjell]: [
    ...buildReport({
      id: '3a9e6b10-55c2-4e0f-8d21-6b7c8d9e0f11',
      personId: roligFjell,
      expertise: 'CLIN',
      status: 'final',
      collected: '2026-11-02T09:05:00+01:00',
      issued: '2026-11-02T13:40:00+01:00',
      lab: FJORDBY_BIOKJEMI,
      results: [
        { code: { nlk: 'NPU01685' }, name: 'P-INR', value: 2.6, unit: '0', range: '0,8 - 1,2', flag: '1' },
        { code: { nlk: 'NPU03230' }, name: 'P-Kalium', value: 4.1, unit: 'mmol/L', range: '3,5 - 4,4' },
      ],
    }),
  ],
  [relevantMiljogift]: [
    ...buildReport({
      id: 'c0ffee00-1d2e-4f3a-8b4c-5d6e7f809102',
      personId: relevantMiljogift,
      expertise: 'CLIN',
      status: 'final',
      collected: '2026-09-14T08:30:00+02:00',
      issued: '2026-09-14T12:10:00+02:00',
      lab: FJORDBY_BIOKJEMI,
      results: [{ code: { nlk: 'NPU03577' }, name: 'P-TSH', value: 2.1, unit: 'mIE/L', range: '0,3 - 4,2' }],
    }),
  ],
};
