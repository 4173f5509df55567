/**
 * Planned and decoupled requisitions in PaRek (FHIR R5) for the test patients, with the specimens
 * collected so far. Written for pps-kit after the PaRek IG profiles (pps-api.md §9.2).
 */
import {
  CODE_LIST,
  IDENTIFIER_SYSTEM,
  PAREK_REQUESTER_UUID_SYSTEM,
  type ParekServiceRequest,
  type ParekSpecimen,
  volvenSystem,
} from '@pps-kit/api-client';
import type { PartySpec } from '../data/build';
import { subjectOf } from '../data/build';
import { DATASET_ANCHOR } from '../data/history';
import { GP, HOSPITAL_DOCTOR } from '../data/parties';
import { patientWithScenario } from '../data/patients';

const DAY = 86_400_000;
const at = (days: number, from = Date.parse(DATASET_ANCHOR)) => new Date(from + days * DAY).toISOString();
/**
 * A sampling window's end (or a start still ahead): counted from the later of the anchor and now,
 * so that a window the dataset shows as open or not yet started stays so whenever the mocks run.
 */
const ahead = (days: number) =>
  days > 0 ? at(days, Math.max(Date.parse(DATASET_ANCHOR), Date.now())) : at(days);

const analysis = (nlk: string, name: string) => ({
  parameterFocus: {
    concept: { coding: [{ system: volvenSystem(CODE_LIST.nlk), code: nlk, display: name }], text: name },
  },
  parameter: [{ code: { text: 'Analyse' }, valueString: name }],
});

function requester(party: PartySpec) {
  return {
    resourceType: 'PractitionerRole',
    id: 'requester',
    practitioner: { identifier: { system: IDENTIFIER_SYSTEM.hpr, value: party.hpr }, display: party.name },
    organization: {
      identifier: { system: IDENTIFIER_SYSTEM.her, value: party.her },
      display: party.organisation,
    },
  };
}

function request(init: {
  id: string;
  personId: string;
  status: ParekServiceRequest['status'];
  title: string;
  analyses: [string, string][];
  from: number;
  to: number;
  authored: number;
  party?: PartySpec;
  note?: string;
}): ParekServiceRequest {
  return {
    resourceType: 'ServiceRequest',
    id: init.id,
    contained: [requester(init.party ?? GP)],
    identifier: [{ system: PAREK_REQUESTER_UUID_SYSTEM, value: `${init.id}-req` }],
    status: init.status,
    intent: 'plan',
    code: { concept: { text: init.title } },
    orderDetail: init.analyses.map(([nlk, name]) => analysis(nlk, name)),
    subject: subjectOf(init.personId),
    occurrencePeriod: { start: ahead(init.from), end: ahead(init.to) },
    authoredOn: at(init.authored),
    requester: { reference: '#requester' },
    ...(init.note ? { note: [{ text: init.note }] } : {}),
  };
}

function specimen(
  id: string,
  personId: string,
  requestId: string,
  type: [string, string],
  collected: number,
): ParekSpecimen {
  return {
    resourceType: 'Specimen',
    id,
    identifier: [{ system: 'urn:pps-kit:specimen', value: id.slice(0, 8).toUpperCase() }],
    type: {
      coding: [{ system: volvenSystem(CODE_LIST.specimenType), code: type[0], display: type[1] }],
      text: type[1],
    },
    subject: subjectOf(personId),
    collection: {
      collectedDateTime: at(collected),
      collector: { display: 'Fjordbyen legekontor, laboratoriet' },
    },
    container: [{ device: { display: type[0] === 'U' ? 'Urinrør' : 'Vakuumrør' } }],
    request: [{ reference: `ServiceRequest/${requestId}` }],
  };
}

export interface ParekDataset {
  serviceRequests: ParekServiceRequest[];
  specimens: ParekSpecimen[];
}

export function defaultParekDataset(): ParekDataset {
  const gp = patientWithScenario('gp-chemistry').personId;
  const micro = patientWithScenario('microbiology').personId;
  return {
    serviceRequests: [
      request({
        id: '5d1a7c3e-2b4f-4e6a-9c8d-0e1f2a3b4c51',
        personId: gp,
        status: 'active',
        title: 'Årskontroll diabetes',
        analyses: [
          ['NPU27300', 'B-HbA1c'],
          ['NPU04998', 'P-Kreatinin'],
          ['NPU03230', 'P-Kalium'],
        ],
        from: -7,
        to: 30,
        authored: -14,
        note: 'Prøvene kan tas ved nærmeste legekontor. Ikke faste nødvendig.',
      }),
      request({
        id: '5d1a7c3e-2b4f-4e6a-9c8d-0e1f2a3b4c52',
        personId: gp,
        status: 'completed',
        title: 'Jernstatus',
        analyses: [['NPU19763', 'P-Ferritin']],
        from: -90,
        to: -60,
        authored: -95,
      }),
      request({
        id: '5d1a7c3e-2b4f-4e6a-9c8d-0e1f2a3b4c53',
        personId: gp,
        status: 'revoked',
        title: 'Stoffskifte',
        analyses: [['NPU03577', 'P-TSH']],
        from: -30,
        to: 0,
        authored: -40,
        note: 'Trukket tilbake: tatt ved sykehuset.',
      }),
      request({
        id: '5d1a7c3e-2b4f-4e6a-9c8d-0e1f2a3b4c54',
        personId: micro,
        status: 'active',
        title: 'Kontroll etter behandling av urinveisinfeksjon',
        analyses: [['NPU06073', 'U-Bakterier dyrkning']],
        from: 7,
        to: 21,
        authored: -2,
        party: HOSPITAL_DOCTOR,
      }),
    ],
    specimens: [
      specimen(
        '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a01',
        gp,
        '5d1a7c3e-2b4f-4e6a-9c8d-0e1f2a3b4c51',
        ['B', 'Blod'],
        -2,
      ),
      specimen(
        '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a02',
        gp,
        '5d1a7c3e-2b4f-4e6a-9c8d-0e1f2a3b4c52',
        ['S', 'Serum'],
        -70,
      ),
    ],
  };
}
