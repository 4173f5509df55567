/** Pathology and radiology: narratives, structured findings, nuclear medicine. */
import type { ResourceBase } from '@pps-kit/api-client';
import { createRandom } from '../../shared/random';
import { buildReport } from '../build';
import { DATASET_ANCHOR } from '../history';
import { HOSPITAL_DOCTOR, LABS, PATHOLOGIST, RADIOLOGIST } from '../parties';
import type { TestPatient } from '../patients';
import { at, common, DAY, HOUR } from './common';

export function pathologyRadiology(patient: TestPatient, seed: number): ResourceBase[] {
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
          value: 'Normal hjertestørrelse. Ingen infiltrater, stuvning eller pleuravæske. Ingen pneumothorax.',
        },
      ],
    }),
  ];
}
