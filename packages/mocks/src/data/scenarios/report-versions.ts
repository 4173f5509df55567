/** One report in every version: preliminary, final, amended, appended, cancelled, entered in error. */
import type { ResourceBase } from '@pps-kit/api-client';
import { createRandom } from '../../shared/random';
import { buildReport, type ResultSpec } from '../build';
import { DATASET_ANCHOR } from '../history';
import { LAB_DOCTOR, LABS } from '../parties';
import type { TestPatient } from '../patients';
import { analysis, at, common, DAY, HOUR, measured } from './common';

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
  const hb = measured('hemoglobin', 12.9, patient.sex);
  const creatinine = measured('creatinine', 88, patient.sex);
  const ferritinPending: ResultSpec = {
    ...analysis('ferritin'),
    status: 'registered',
    comment: 'Under arbeid.',
  };
  const ferritin = measured('ferritin', 9, patient.sex);
  const potassiumWrong = measured('potassium', 6.1, patient.sex);

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
          ...measured('potassium', 4.2, patient.sex),
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
        { ...measured('tsh', 2.4, patient.sex), accredited: true },
        { ...measured('ft4', 15, patient.sex), accredited: true },
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
      results: [measured('hba1c', 51, patient.sex)],
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
      results: [measured('glucose', 7.8, patient.sex)],
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
          ...measured('sodium', 139, patient.sex),
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
          ...measured('crp', 48, patient.sex),
          status: 'amended',
          comment: 'Endret etter ny analyse.',
        },
        { ...ferritinPending, status: 'registered' },
      ],
    }),
  ];
}
