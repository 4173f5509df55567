/**
 * Who the request is about and on what basis, and how that travels in headers.
 * Source: ../shared/domain/pps-api.md §5.3–5.4.
 */

/**
 * The `access-basis` header. Known values plus room for new ones: NHN has announced codes that are
 * not yet documented (pps-api.md Q2), so the type stays open.
 */
export type AccessBasis =
  | 'UNNTAK'
  | 'SAMTYKKE'
  | 'FORHOYET_SAMTYKKE'
  | 'AKUTT'
  | 'FORHOYET_AKUTT'
  | (string & {});

/** The two bases on which a clinician may open data the patient has blocked (forhøyet tilgang). */
export const ELEVATED_ACCESS_BASES = ['FORHOYET_SAMTYKKE', 'FORHOYET_AKUTT'] as const;
export type ElevatedAccessBasis = (typeof ELEVATED_ACCESS_BASES)[number];

/**
 * The shortest reason accepted for elevated access: enough to say why, short enough never to be
 * in the way. The reason is logged with every request made under it.
 */
export const MIN_REASON_LENGTH = 10;

/** proxy: the EPJ's own backend in front of HelseID-protected PPS. backdoor: NHN's Test backdoor. */
export type PpsMode = 'proxy' | 'backdoor';

export interface PpsPatientContext {
  /** The patient's fødselsnummer, D-nummer or felles hjelpenummer. One patient per request. */
  personId: string;
  accessBasis?: AccessBasis;
  /** The clinician's HPR role, code list 9060 (e.g. `LE` lege). */
  requesterHprRole?: string;
  /** Sent as the correlation id; one is generated when absent. */
  correlationId?: string;
  /** Backdoor only: the clinician's HPR number (in proxy mode it comes from the HelseID token). */
  requesterHpr?: string;
  /** Backdoor only: the clinician's name. */
  requesterName?: string;
  /** Backdoor only: the organisation number. */
  organisation?: string;
}

const HEADER_NAMES = {
  proxy: {
    personId: 'person-id',
    accessBasis: 'access-basis',
    requesterHprRole: 'requester-hpr-role',
    correlationId: 'correlation-id',
  },
  backdoor: {
    personId: 'x-nilar-patient',
    accessBasis: 'x-nilar-access-basis',
    requesterHprRole: 'x-nilar-requester-hpr-role',
    correlationId: 'x-nilar-correlation-id',
    requesterHpr: 'x-nilar-requester-hpr',
    requesterName: 'x-nilar-requester-name',
    organisation: 'x-nilar-organisation',
  },
} as const satisfies Record<PpsMode, Partial<Record<keyof PpsPatientContext, string>>>;

/** The header names each mode uses, for hosts and mocks that need to read them. */
export const PPS_HEADERS: {
  readonly [M in PpsMode]: Readonly<Partial<Record<keyof PpsPatientContext, string>>>;
} = HEADER_NAMES;

/** The patient-context headers of one request. `correlationId` must already be set. */
export function patientHeaders(
  mode: PpsMode,
  context: PpsPatientContext & { correlationId: string },
): Record<string, string> {
  const names: Partial<Record<keyof PpsPatientContext, string>> = HEADER_NAMES[mode];
  const headers: Record<string, string> = {};
  for (const key of Object.keys(names) as (keyof PpsPatientContext)[]) {
    const name = names[key];
    const value = context[key];
    if (name && value) headers[name] = value;
  }
  return headers;
}
