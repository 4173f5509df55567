/** Blocked reports: a general block and a specific block (PTS). */
import type { ResourceBase } from '@pps-kit/api-client';
import { createRandom } from '../../shared/random';
import { buildReport } from '../build';
import { DATASET_ANCHOR } from '../history';
import { LABS } from '../parties';
import type { TestPatient } from '../patients';
import { at, common, DAY, HOUR, measured } from './common';

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
        measured('inr', 2.4, patient.sex),
        measured('hemoglobin', 14.6, patient.sex),
        measured('creatinine', 101, patient.sex),
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
    results: [measured('tsh', 1.9, patient.sex)],
  });
}
