/**
 * The default mock dataset: what the mock PPS holds for each test patient. Written for pps-kit,
 * modelled on the kinds of message in ../shared/data/svarrapport (never copied from them).
 * The same seed gives the same dataset.
 */
import { CODE_LIST, type ResourceBase } from '@pps-kit/api-client';
import { createRandom, seedFrom } from '../shared/random';
import { PPS_KIT_MESSAGES } from '../svarrapport/messages';
import { svarrapporterToResources } from '../svarrapport/versions';
import { buildReport, type ReportSpec, type ResultSpec, SUSCEPTIBILITY } from './build';
import { DATASET_ANCHOR, generatePatientHistory } from './history';
import {
  BIOMEDICAL_SCIENTIST,
  GP,
  HOSPITAL_DOCTOR,
  LAB_DOCTOR,
  LABS,
  PATHOLOGIST,
  RADIOLOGIST,
} from './parties';
import { type ScenarioName, type TestPatient, testPatients } from './patients';

export const DEFAULT_SEED = 2026;

/** Every resource the mock PPS holds, per person. Several DiagnosticReports with one id are versions. */
export type MockResources = Readonly<Record<string, readonly ResourceBase[]>>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (base: string, offsetMs: number) => new Date(Date.parse(base) + offsetMs).toISOString();

type Common = Pick<ReportSpec, 'personId' | 'requester' | 'requisition' | 'specimens'>;

function common(patient: TestPatient, collected: string, random: ReturnType<typeof createRandom>): Common {
  return {
    personId: patient.personId,
    requester: GP,
    requisition: {
      id: random.uuid(),
      authoredOn: at(collected, -2 * DAY),
      receivedAt: at(collected, 2 * HOUR),
      paymentCategory: { code: '1', display: 'Ordinær pasient' },
    },
    specimens: [{ code: 'B', text: 'Blod', collected }],
  };
}

const susceptibility = (
  nlk: string,
  name: string,
  result: keyof typeof SUSCEPTIBILITY,
  mic?: string,
): ResultSpec => ({
  code: { nlk },
  name,
  ...(mic ? { unit: 'mg/L' } : {}),
  value: {
    ...(mic ? { text: mic } : {}),
    coding: { list: CODE_LIST.susceptibility, code: result, display: SUSCEPTIBILITY[result] },
  },
});

const scenarios: Record<ScenarioName, (patient: TestPatient, seed: number) => ResourceBase[]> = {
  'gp-chemistry': (patient, seed) =>
    generatePatientHistory({
      seed,
      personId: patient.personId,
      sex: patient.sex,
      years: 10,
      reportsPerYear: 4,
      drift: { hba1c: 3.5, creatinine: 2, egfr: -2.5, hemoglobin: -0.8 },
      end: at(DATASET_ANCHOR, -3 * DAY),
    }),

  microbiology(patient, seed) {
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
          { code: { nlk: 'NPU19748' }, name: 'P-CRP', value: 86, unit: 'mg/L', range: '< 5', flag: '1' },
          {
            code: { nlk: 'NPU02593' },
            name: 'B-Leukocytter',
            value: 13.8,
            unit: 'x 10E9/L',
            range: '3,5 - 10,0',
            flag: '1',
          },
          {
            code: { nlk: 'NPU04998' },
            name: 'P-Kreatinin',
            value: 96,
            unit: 'µmol/L',
            range: '45 - 90',
            flag: '1',
          },
        ],
      }),
    ];
  },

  'pathology-radiology'(patient, seed) {
    const random = createRandom(seed);
    const biopsy = at(DATASET_ANCHOR, -16 * DAY);
    const cervix = at(DATASET_ANCHOR, -120 * DAY);
    const ct = at(DATASET_ANCHOR, -30 * DAY);
    const xray = at(DATASET_ANCHOR, -400 * DAY);
    return [
      ...buildReport({
        ...common(patient, biopsy, random),
        specimens: [{ text: 'Hudeksisjat, venstre legg', collected: biopsy }],
        requisition: {
          ...common(patient, biopsy, random).requisition,
          reason: {
            heading: 'PROB',
            text: 'Pigmentert, voksende hudforandring venstre legg. Spørsmål om malignitet.',
          },
        },
        id: random.uuid(),
        expertise: 'PAT',
        reportType: 'HIST',
        status: 'final',
        collected: biopsy,
        issued: at(biopsy, 9 * DAY),
        approved: at(biopsy, 9 * DAY),
        servProvId: 'H26-08812',
        lab: LABS.pathology,
        responsible: PATHOLOGIST,
        results: [
          {
            code: { local: 'MAKRO' },
            name: 'Makroskopisk beskrivelse',
            value:
              'Hudeksisjat 14 x 8 x 5 mm med en sentral, lett hevet og brunlig lesjon på 6 mm. Tusjmerket i dypet og delt i fem skiver. Alt innstøpt i to kapsler.',
          },
          {
            code: { local: 'MIKRO' },
            name: 'Mikroskopisk beskrivelse',
            value:
              'Snittene viser hud med en nodulær basaloid tumor som utgår fra epidermis og vokser ned i retikulære dermis. Tumorcellene ligger i øyer med perifer palisadestilling og retraksjonsspalter mot stroma.\n\nDet ses ikke perinevral vekst eller karinnvekst. Minste avstand til sidekant er 3 mm og til dyp reseksjonsrand 2 mm.\n\nDet er ikke holdepunkter for melanocytær lesjon.',
          },
          {
            code: { local: 'DIAG' },
            name: 'Diagnose',
            value: 'Hud, venstre legg, eksisjon: Basalcellekarsinom, nodulær type. Fri reseksjonsrand.',
          },
        ],
      }),
      ...buildReport({
        ...common(patient, cervix, random),
        specimens: [{ code: 'CVX', text: 'Cervix, væskebasert cytologi', collected: cervix }],
        requisition: {
          ...common(patient, cervix, random).requisition,
          reason: { heading: 'RU', text: 'Livmorhalsprogrammet.' },
        },
        id: random.uuid(),
        expertise: 'PAT',
        reportType: 'CYTO',
        status: 'final',
        collected: cervix,
        issued: at(cervix, 12 * DAY),
        servProvId: 'C26-21177',
        lab: LABS.pathology,
        responsible: PATHOLOGIST,
        results: [
          {
            code: { local: 'CYTDIAG' },
            name: 'Cytologisk diagnose',
            value: 'Normale funn. Prøven er representativ, med celler fra transformasjonssonen.',
          },
        ],
        comments: [{ text: 'Anbefaler ny celleprøve om tre år, i henhold til Livmorhalsprogrammet.' }],
      }),
      ...buildReport({
        ...common(patient, ct, random),
        specimens: [],
        requester: HOSPITAL_DOCTOR,
        requisition: {
          ...common(patient, ct, random).requisition,
          reason: {
            heading: 'PROB',
            text: 'Vekttap 6 kg siste tre måneder og uklare magesmerter. Malignitet?',
          },
        },
        id: random.uuid(),
        expertise: 'RAD',
        reportType: 'CT',
        status: 'final',
        collected: ct,
        issued: at(ct, 26 * HOUR),
        servProvId: 'R26-330145',
        lab: LABS.radiology,
        responsible: RADIOLOGIST,
        results: [
          {
            code: { local: 'CTABD' },
            name: 'CT abdomen og bekken med i.v. kontrast',
            effective: ct,
            value:
              'Teknikk: CT abdomen og bekken i portovenøs fase etter 80 ml i.v. kontrast. Ingen tidligere undersøkelser til sammenligning.\n\nFunn: Lever av normal størrelse uten fokale forandringer. Galleblære, pankreas, milt og binyrer er normale. Nyrene er normale, uten avløpshinder. Ingen forstørrede lymfeknuter. Tarmen har normalt kaliber, uten veggfortykkelse. Ingen fri væske. Degenerative forandringer i nedre lumbalcolumna.\n\nKonklusjon: Ingen holdepunkter for malignitet eller annen årsak til pasientens plager.',
          },
        ],
      }),
      ...buildReport({
        ...common(patient, xray, random),
        specimens: [],
        id: random.uuid(),
        expertise: 'RAD',
        reportType: 'RTG',
        status: 'final',
        collected: xray,
        issued: at(xray, 5 * HOUR),
        servProvId: 'R25-118870',
        lab: LABS.radiology,
        responsible: RADIOLOGIST,
        results: [
          {
            code: { local: 'RTGTHX' },
            name: 'Rtg. thorax, to plan',
            effective: xray,
            value:
              'Normal hjertestørrelse. Ingen infiltrater, stuvning eller pleuravæske. Ingen pneumothorax.',
          },
        ],
      }),
    ];
  },

  'report-versions'(patient, seed) {
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
  },

  'repeat-copies'(patient, seed) {
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
  },

  'general-block'(patient, seed) {
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
  },

  'specific-block'(patient, seed) {
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
  },

  // PPS deletes a reserved person's data; nothing is held.
  reservation: () => [],
  'no-data': () => [],
};

/**
 * The mock PPS's content for every test patient: the synthetic histories, and the Svarrapport
 * messages written for pps-kit as PPS would have converted them. The same for the same seed.
 */
export function createDataset(seed = DEFAULT_SEED): MockResources {
  const fromMessages = svarrapporterToResources(PPS_KIT_MESSAGES);
  return Object.fromEntries(
    testPatients.map((patient) => [
      patient.personId,
      [
        ...scenarios[patient.scenario](patient, seedFrom(patient.personId, seed)),
        ...(fromMessages[patient.personId] ?? []),
      ],
    ]),
  );
}

let defaultDataset: MockResources | undefined;

/** The default dataset, built once on first use. */
export function getDefaultDataset(): MockResources {
  defaultDataset ??= createDataset();
  return defaultDataset;
}
