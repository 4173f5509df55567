/**
 * The Kjernejournal helseindikator (pps-api.md §11): `POST …/v1/helseindikator/status` with body
 * `{fnr}` answers `{status, returTekst}`, which an EPJ shows as the KJ icon in its patient banner.
 * Statuses: 0 error, 1 not registered in KJ, 2 registered, 3 the patient added own information,
 * 4 critical information present.
 */
import { HttpResponse, http, type RequestHandler } from 'msw';
import { findTestPatient, type ScenarioName } from '../data/patients';
import { createFaultPlayer, type FaultOption } from '../shared/faults';

export type HelseindikatorStatus = 0 | 1 | 2 | 3 | 4;

export interface HelseindikatorResponse {
  status: HelseindikatorStatus;
  returTekst: string;
}

export interface KjernejournalMockOptions {
  /** @default '*' (any origin and prefix) */
  baseUrl?: string;
  fault?: FaultOption;
}

/** Each scenario's KJ state, so the demo shows all five. */
const STATUS_BY_SCENARIO: Record<ScenarioName, HelseindikatorStatus> = {
  'gp-chemistry': 2,
  microbiology: 4,
  'pathology-radiology': 3,
  'report-versions': 2,
  'repeat-copies': 2,
  'general-block': 2,
  'specific-block': 0,
  reservation: 1,
  'no-data': 1,
};

const TEXT: Record<HelseindikatorStatus, string> = {
  0: 'Feil ved oppslag i kjernejournal',
  1: 'Pasienten har ikke kjernejournal',
  2: 'Pasienten har kjernejournal',
  3: 'Pasienten har lagt inn egne opplysninger',
  4: 'Kritisk informasjon er registrert',
};

export function createKjernejournalHandlers(options: KjernejournalMockOptions = {}): RequestHandler[] {
  const base = (options.baseUrl ?? '*').replace(/\/+$/, '');
  const play = createFaultPlayer(options.fault);
  return [
    http.post(`${base}/v1/helseindikator/status`, async ({ request }) => {
      const fault = await play();
      if ('respond' in fault) return fault.respond;
      const body = (await request.json().catch(() => undefined)) as { fnr?: string } | undefined;
      if (!body?.fnr) return HttpResponse.json({ status: 0, returTekst: 'fnr mangler' }, { status: 400 });
      const patient = findTestPatient(body.fnr);
      const status = patient ? STATUS_BY_SCENARIO[patient.scenario] : 1;
      return HttpResponse.json({ status, returTekst: TEXT[status] } satisfies HelseindikatorResponse);
    }),
  ];
}
