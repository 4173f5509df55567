/** Repeat copies: earlier results the lab sent again beside new ones. */
import type { ResourceBase } from '@pps-kit/api-client';
import { createRandom } from '../../shared/random';
import { buildReport, type ResultSpec } from '../build';
import { DATASET_ANCHOR } from '../history';
import { BIOMEDICAL_SCIENTIST, LABS } from '../parties';
import type { TestPatient } from '../patients';
import { at, common, DAY, HOUR, measured } from './common';

export function repeatCopies(patient: TestPatient, seed: number): ResourceBase[] {
  const random = createRandom(seed);
  const first = at(DATASET_ANCHOR, -45 * DAY);
  const second = at(DATASET_ANCHOR, -8 * DAY);
  const ferritinEarlier: ResultSpec = { ...measured('ferritin', 8, patient.sex), effective: first };
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
      results: [measured('hemoglobin', 11.2, patient.sex), measured('mcv', 78, patient.sex), ferritinEarlier],
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
        measured('hemoglobin', 12.1, patient.sex),
        measured('ferritin', 24, patient.sex),
        { ...ferritinEarlier, history: true, comment: 'Tidligere sendt svar, gjentatt for sammenligning.' },
        // Spelled as some labs send them: INR with the unit "0", a unit variant and a decimal point.
        { ...measured('inr', 2.6, patient.sex), unit: '0' },
        measured('ddimer', 0.3, patient.sex),
        { ...measured('egfr', 90, patient.sex), comparator: '>' },
        { ...measured('leukocytes', 7.4, patient.sex), unit: '10*9/L', range: '3.5 - 10.0' },
      ],
    }),
  ];
}
