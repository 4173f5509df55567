/** Repeat copies: earlier results the lab sent again beside new ones. */
import type { ResourceBase } from '@pps-kit/api-client';
import { createRandom } from '../../shared/random';
import { buildReport, type ResultSpec } from '../build';
import { DATASET_ANCHOR } from '../history';
import { BIOMEDICAL_SCIENTIST, LABS } from '../parties';
import type { TestPatient } from '../patients';
import { at, common, DAY, HOUR } from './common';

export function repeatCopies(patient: TestPatient, seed: number): ResourceBase[] {
  const random = createRandom(seed);
  const first = at(DATASET_ANCHOR, -45 * DAY);
  const second = at(DATASET_ANCHOR, -8 * DAY);
  const ferritinEarlier: ResultSpec = {
    code: { nlk: 'NPU19763' },
    name: 'P-Ferritin',
    value: 8,
    unit: 'µg/L',
    range: '15 - 160',
    flag: '2',
    effective: first,
  };
  return [
    ...buildReport({
      ...common(patient, first, random),
      id: random.uuid(),
      expertise: 'CLIN',
      status: 'final',
      collected: first,
      issued: at(first, 5 * HOUR),
      servProvId: 'KK26-540021',
      lab: LABS.biochemistry,
      results: [
        {
          code: { nlk: 'NOR05172' },
          name: 'B-Hemoglobin',
          value: 11.2,
          unit: 'g/dL',
          range: '11,7 - 15,3',
          flag: '2',
        },
        { code: { nlk: 'NPU01944' }, name: 'Ery-MCV', value: 78, unit: 'fL', range: '82 - 98', flag: '2' },
        ferritinEarlier,
      ],
    }),
    ...buildReport({
      ...common(patient, second, random),
      id: random.uuid(),
      expertise: 'CLIN',
      status: 'final',
      collected: second,
      issued: at(second, 6 * HOUR),
      servProvId: 'KK26-556310',
      lab: LABS.biochemistry,
      responsible: BIOMEDICAL_SCIENTIST,
      results: [
        {
          code: { nlk: 'NOR05172' },
          name: 'B-Hemoglobin',
          value: 12.1,
          unit: 'g/dL',
          range: '11,7 - 15,3',
        },
        { code: { nlk: 'NPU19763' }, name: 'P-Ferritin', value: 24, unit: 'µg/L', range: '15 - 160' },
        { ...ferritinEarlier, history: true, comment: 'Tidligere sendt svar, gjentatt for sammenligning.' },
        { code: { nlk: 'NPU01685' }, name: 'P-INR', value: 2.6, unit: '0', range: '0,8 - 1,2', flag: '1' },
        { code: { nlk: 'NPU19767' }, name: 'P-D-dimer', value: 0.3, unit: 'mg/L FEU', range: '< 0,5' },
        {
          code: { nlk: 'NOR25909' },
          name: 'eGFR',
          value: 90,
          comparator: '>',
          unit: 'mL/min/1.73m2',
          range: '>60',
        },
        {
          code: { nlk: 'NPU02593' },
          name: 'B-Leukocytter',
          value: 7.4,
          unit: '10*9/L',
          range: '3.5 - 10.0',
        },
      ],
    }),
  ];
}
