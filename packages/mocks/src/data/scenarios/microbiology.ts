/** Microbiology: a urine culture with two isolates and S/I/R, a preliminary blood culture, a throat swab. */
import type { ResourceBase } from '@pps-kit/api-client';
import { createRandom } from '../../shared/random';
import { buildReport } from '../build';
import { DATASET_ANCHOR } from '../history';
import { BIOMEDICAL_SCIENTIST, HOSPITAL_DOCTOR, LAB_DOCTOR, LABS } from '../parties';
import type { TestPatient } from '../patients';
import { at, common, DAY, HOUR, measured, susceptibility } from './common';

export function microbiology(patient: TestPatient, seed: number): ResourceBase[] {
  const random = createRandom(seed);
  const urine = at(DATASET_ANCHOR, -6 * DAY);
  const blood = at(DATASET_ANCHOR, -1 * DAY);
  const swab = at(DATASET_ANCHOR, -40 * DAY);
  return [
    ...buildReport({
      ...common(patient, urine, random),
      specimens: [{ code: 'U', text: 'Urin, midtstråle', collected: urine }],
      requisition: {
        ...common(patient, urine, random).requisition,
        reason: { heading: 'PROB', text: 'Dysuri og feber i to dager. Ikke antibiotika siste måned.' },
      },
      id: random.uuid(),
      expertise: 'MBIO',
      status: 'final',
      collected: urine,
      issued: at(urine, 46 * HOUR),
      approved: at(urine, 46 * HOUR),
      servProvId: 'MB26-104412',
      lab: LABS.microbiology,
      responsible: LAB_DOCTOR,
      results: [
        {
          code: { nlk: 'NPU06073' },
          name: 'U-Bakterier dyrkning',
          itemId: '1',
          value: 'Escherichia coli',
          members: [
            { code: { local: 'MENGDE' }, name: 'Mengde', value: '>100 000 CFU/mL' },
            susceptibility('NPU06045', 'Us-Ampicillin', 'R'),
            susceptibility('NPU06044', 'Us-Mecillinam', 'S', '0,25'),
            susceptibility('NPU06047', 'Us-Trimetoprim', 'S'),
            susceptibility('NPU57715', 'Us-Trimetoprim+Sulfametoksazol', 'I'),
            {
              ...susceptibility('NPU06048', 'Us-Nitrofurantoin', 'S'),
              comment: 'Brytningspunkt gjelder ukomplisert UVI.',
            },
          ],
        },
        {
          code: { nlk: 'NPU06073' },
          name: 'U-Bakterier dyrkning',
          itemId: '2',
          value: 'Enterococcus faecalis',
          members: [
            { code: { local: 'MENGDE' }, name: 'Mengde', value: '10 000 - 100 000 CFU/mL' },
            susceptibility('NPU06045', 'Us-Ampicillin', 'S'),
            susceptibility('NPU06048', 'Us-Nitrofurantoin', 'S'),
          ],
          comment: 'Dominerer ikke. Forurensning mulig.',
        },
      ],
    }),
    ...buildReport({
      ...common(patient, blood, random),
      specimens: [
        { code: 'B', text: 'Blodkultur, aerob flaske', collected: blood },
        { code: 'B', text: 'Blodkultur, anaerob flaske', collected: blood },
      ],
      requester: HOSPITAL_DOCTOR,
      id: random.uuid(),
      expertise: 'MBIO',
      status: 'preliminary',
      collected: blood,
      issued: at(blood, 20 * HOUR),
      servProvId: 'MB26-104977',
      lab: LABS.microbiology,
      results: [
        {
          code: { nlk: 'NPU58580' },
          name: 'B-Aerob blodkultur, bakterier',
          value:
            'Gramnegative staver påvist i 1 av 2 flasker. Identifikasjon og resistensbestemmelse følger.',
          status: 'preliminary',
        },
      ],
      comments: [{ code: 'TA', display: 'Telefonsvar avgitt' }, { text: 'Foreløpig svar.' }],
    }),
    ...buildReport({
      ...common(patient, swab, random),
      specimens: [{ code: 'HNX', text: 'Hals+nasopharynxsekret', collected: swab }],
      id: random.uuid(),
      expertise: 'MBIO',
      status: 'final',
      collected: swab,
      issued: at(swab, 26 * HOUR),
      servProvId: 'MB26-099201',
      lab: LABS.microbiology,
      results: [
        {
          code: { nlk: 'NPU59105' },
          name: 'Sekr(Nasoph)-SARS-CoV-2 RNA',
          value: 'Ikke påvist',
          accredited: true,
        },
      ],
    }),
    ...buildReport({
      ...common(patient, urine, random),
      id: random.uuid(),
      expertise: 'CLIN',
      status: 'final',
      collected: urine,
      issued: at(urine, 3 * HOUR),
      servProvId: 'KK26-551204',
      lab: LABS.biochemistry,
      responsible: BIOMEDICAL_SCIENTIST,
      results: [
        measured('crp', 86, patient.sex),
        measured('leukocytes', 13.8, patient.sex),
        measured('creatinine', 96, patient.sex),
      ],
    }),
  ];
}
