/** One report in every version: preliminary, final, amended, appended, cancelled, entered in error. */
import type { ResourceBase } from '@pps-kit/api-client';
import { createRandom } from '../../shared/random';
import { buildReport, type ResultSpec } from '../build';
import { DATASET_ANCHOR } from '../history';
import { LAB_DOCTOR, LABS } from '../parties';
import type { TestPatient } from '../patients';
import { at, common, DAY, HOUR } from './common';

export function reportVersions(patient: TestPatient, seed: number): ResourceBase[] {
  const random = createRandom(seed);
  const collected = at(DATASET_ANCHOR, -5 * DAY);
  const base = {
    ...common(patient, collected, random),
    id: random.uuid(),
    expertise: 'CLIN' as const,
    collected,
    firstIssued: at(collected, 3 * HOUR),
    servProvId: 'KK26-560013',
    lab: LABS.biochemistry,
    responsible: LAB_DOCTOR,
  };
  const hb = {
    code: { nlk: 'NOR05172' },
    name: 'B-Hemoglobin',
    value: 12.9,
    unit: 'g/dL',
    range: '11,7 - 15,3',
  };
  const creatinine = {
    code: { nlk: 'NPU04998' },
    name: 'P-Kreatinin',
    value: 88,
    unit: 'µmol/L',
    range: '45 - 90',
  };
  const ferritinPending: ResultSpec = {
    code: { nlk: 'NPU19763' },
    name: 'P-Ferritin',
    status: 'registered',
    comment: 'Under arbeid.',
  };
  const ferritin = {
    code: { nlk: 'NPU19763' },
    name: 'P-Ferritin',
    value: 9,
    unit: 'µg/L',
    range: '15 - 160',
    flag: '2',
  } as const;
  const potassiumWrong = {
    code: { nlk: 'NPU03230' },
    name: 'P-Kalium',
    value: 6.1,
    unit: 'mmol/L',
    range: '3,5 - 4,4',
    flag: '1',
  } as const;
  const { flag: _wrongFlag, ...potassiumCorrected } = potassiumWrong;

  const appendedAt = at(DATASET_ANCHOR, -20 * DAY);
  const cancelledAt = at(DATASET_ANCHOR, -12 * DAY);
  const errorAt = at(DATASET_ANCHOR, -30 * DAY);
  const correctedAt = at(DATASET_ANCHOR, -40 * DAY);
  const changedAt = at(DATASET_ANCHOR, -50 * DAY);
  return [
    ...buildReport({
      ...base,
      version: 1,
      status: 'preliminary',
      issued: base.firstIssued,
      results: [hb, creatinine, potassiumWrong, ferritinPending],
    }),
    ...buildReport({
      ...base,
      version: 2,
      status: 'final',
      issued: at(collected, 28 * HOUR),
      approved: at(collected, 28 * HOUR),
      results: [hb, creatinine, potassiumWrong, ferritin],
    }),
    ...buildReport({
      ...base,
      version: 3,
      status: 'amended',
      issued: at(collected, 3 * DAY),
      approved: at(collected, 3 * DAY),
      results: [
        hb,
        creatinine,
        {
          ...potassiumCorrected,
          value: 4.2,
          status: 'amended',
          comment: 'Korrigert svar. Første prøve var hemolysert; ny prøve er analysert.',
        },
        ferritin,
      ],
      comments: [
        { code: 'VA', display: 'Vesentlig avvik fra tidligere svar' },
        { text: 'P-Kalium er korrigert fra 6,1 til 4,2 mmol/L.' },
      ],
    }),
    ...buildReport({
      ...common(patient, appendedAt, random),
      id: random.uuid(),
      expertise: 'CLIN',
      status: 'appended',
      collected: appendedAt,
      firstIssued: at(appendedAt, 4 * HOUR),
      issued: at(appendedAt, 2 * DAY),
      servProvId: 'KK26-549001',
      lab: LABS.biochemistry,
      results: [
        {
          code: { nlk: 'NPU03577' },
          name: 'P-TSH',
          value: 2.4,
          unit: 'mIE/L',
          range: '0,3 - 4,2',
          accredited: true,
        },
        {
          code: { nlk: 'NPU03579' },
          name: 'P-T4, fritt',
          value: 15,
          unit: 'pmol/L',
          range: '11 - 22',
          accredited: true,
        },
      ],
      comments: [{ text: 'Tillegg: P-T4, fritt er analysert på samme prøve etter ønske fra rekvirent.' }],
    }),
    ...buildReport({
      ...common(patient, cancelledAt, random),
      id: random.uuid(),
      expertise: 'CLIN',
      status: 'cancelled',
      collected: cancelledAt,
      firstIssued: at(cancelledAt, 3 * HOUR),
      issued: at(cancelledAt, 26 * HOUR),
      servProvId: 'KK26-552870',
      lab: LABS.biochemistry,
      results: [
        {
          code: { nlk: 'NPU27300' },
          name: 'B-HbA1c',
          value: 51,
          unit: 'mmol/mol',
          range: '20 - 42',
          flag: '1',
        },
      ],
      comments: [
        { text: 'Hele svarrapporten er kansellert pga feil. Historikk forefinnes på laboratoriet.' },
      ],
    }),
    ...buildReport({
      ...common(patient, errorAt, random),
      id: random.uuid(),
      expertise: 'CLIN',
      status: 'entered-in-error',
      collected: errorAt,
      issued: at(errorAt, 5 * HOUR),
      servProvId: 'KK26-553300',
      lab: LABS.biochemistry,
      results: [
        {
          code: { nlk: 'NPU02192' },
          name: 'P-Glukose',
          value: 7.8,
          unit: 'mmol/L',
          range: '4,0 - 6,0',
          flag: '1',
        },
      ],
      comments: [{ text: 'Svaret er registrert på feil pasient og skal ikke brukes.' }],
    }),
    ...buildReport({
      ...common(patient, correctedAt, random),
      id: random.uuid(),
      expertise: 'CLIN',
      status: 'corrected',
      collected: correctedAt,
      firstIssued: at(correctedAt, 4 * HOUR),
      issued: at(correctedAt, 2 * DAY),
      servProvId: 'KK26-553410',
      lab: LABS.biochemistry,
      results: [
        {
          code: { nlk: 'NPU03429' },
          name: 'P-Natrium',
          value: 139,
          unit: 'mmol/L',
          range: '137 - 145',
          status: 'corrected',
          comment: 'Korrigert: feil enhet i første svar.',
        },
      ],
    }),
    ...buildReport({
      ...common(patient, changedAt, random),
      id: random.uuid(),
      expertise: 'CLIN',
      status: 'amended',
      labStatus: { servType: 'M', status: 'P' },
      collected: changedAt,
      firstIssued: at(changedAt, 3 * HOUR),
      issued: at(changedAt, 20 * HOUR),
      servProvId: 'KK26-553520',
      lab: LABS.biochemistry,
      results: [
        {
          code: { nlk: 'NPU19748' },
          name: 'P-CRP',
          value: 48,
          unit: 'mg/L',
          range: '< 5',
          flag: '1',
          status: 'amended',
          comment: 'Endret etter ny analyse.',
        },
        { ...ferritinPending, status: 'registered' },
      ],
    }),
  ];
}
