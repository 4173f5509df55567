/** Blocked reports: a general block and a specific block (PTS). */
import type { ResourceBase } from '@pps-kit/api-client';
import { createRandom } from '../../shared/random';
import { buildReport } from '../build';
import { DATASET_ANCHOR } from '../history';
import { LABS } from '../parties';
import type { TestPatient } from '../patients';
import { at, common, DAY, HOUR } from './common';

export function generalBlock(patient: TestPatient, seed: number): ResourceBase[] {
  const random = createRandom(seed);
  const collected = at(DATASET_ANCHOR, -10 * DAY);
  return [
    ...buildReport({
      ...common(patient, collected, random),
      id: random.uuid(),
      expertise: 'CLIN',
      status: 'final',
      collected,
      issued: at(collected, 4 * HOUR),
      servProvId: 'KK26-553300',
      lab: LABS.biochemistry,
      results: [
        { code: { nlk: 'NPU01685' }, name: 'P-INR', value: 2.4, unit: '', range: '0,8 - 1,2', flag: '1' },
        {
          code: { nlk: 'NOR05172' },
          name: 'B-Hemoglobin',
          value: 14.6,
          unit: 'g/dL',
          range: '13,4 - 17,0',
        },
        { code: { nlk: 'NPU04998' }, name: 'P-Kreatinin', value: 101, unit: 'µmol/L', range: '60 - 105' },
      ],
    }),
  ];
}
export function specificBlock(patient: TestPatient, seed: number): ResourceBase[] {
  const random = createRandom(seed);
  const collected = at(DATASET_ANCHOR, -30 * DAY);
  return buildReport({
    ...common(patient, collected, random),
    id: random.uuid(),
    expertise: 'CLIN',
    status: 'final',
    collected,
    issued: at(collected, 4 * HOUR),
    servProvId: 'KK26-548812',
    lab: LABS.biochemistry,
    results: [{ code: { nlk: 'NPU03577' }, name: 'P-TSH', value: 1.9, unit: 'mIE/L', range: '0,3 - 4,2' }],
  });
}
