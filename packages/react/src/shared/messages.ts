import type { Catalogue } from './i18n';

/** Texts every data view shares: loading, errors, privacy outcomes, no data. */
export interface DataStateMessages {
  loading: string;
  noPatient: string;
  retry: string;
  errorTitle: string;
  errorNetwork: string;
  /** `{status}` is the HTTP status. */
  errorAccess: string;
  errorServer: string;
  errorRequest: string;
  errorResponse: string;
  errorUnknown: string;
  /** `{id}` is the request's correlation id. */
  errorReference: string;
  privacyGeneralTitle: string;
  privacyGeneral: string;
  privacySpecificTitle: string;
  privacySpecific: string;
  privacyReservationTitle: string;
  privacyReservation: string;
  noData: string;
  /** `{loaded}`, `{total}` */
  progress: string;
  /** `{loaded}` */
  progressUnknown: string;
  pageErrorTitle: string;
  /** `{loaded}` */
  pageError: string;
}

export const dataStateMessages: Catalogue<DataStateMessages> = {
  nb: {
    loading: 'Henter prøvesvar …',
    noPatient: 'Ingen pasient er valgt.',
    retry: 'Prøv igjen',
    errorTitle: 'Prøvesvarene kan ikke vises',
    errorNetwork: 'Fikk ikke kontakt med Pasientens prøvesvar. Sjekk nettverket og prøv igjen.',
    errorAccess: 'Du har ikke tilgang til Pasientens prøvesvar (HTTP {status}). Kontakt systemansvarlig.',
    errorServer: 'Pasientens prøvesvar svarer ikke nå (HTTP {status}). Prøv igjen om litt.',
    errorRequest: 'Pasientens prøvesvar avviste forespørselen (HTTP {status}).',
    errorResponse: 'Svaret fra Pasientens prøvesvar kunne ikke leses.',
    errorUnknown: 'Noe gikk galt da prøvesvarene skulle hentes.',
    errorReference: 'Referanse til brukerstøtte: {id}',
    privacyGeneralTitle: 'Prøvesvarene er sperret',
    privacyGeneral:
      'Pasienten har sperret prøvesvarene sine for alt helsepersonell. Med pasientens samtykke, eller i en akuttsituasjon, kan tilgang gis med forhøyet tilgangsgrunnlag.',
    privacySpecificTitle: 'Prøvesvarene er sperret for deg',
    privacySpecific:
      'Pasienten har sperret prøvesvarene sine for deg eller virksomheten din. Sperringen kan ikke oppheves herfra.',
    privacyReservationTitle: 'Pasienten har reservert seg',
    privacyReservation:
      'Pasienten har reservert seg mot Pasientens prøvesvar. Prøvesvar lagres ikke der og kan ikke vises her.',
    noData: 'Pasientens prøvesvar har ingen prøvesvar for denne pasienten.',
    progress: 'Henter svarrapporter: {loaded} av {total}',
    progressUnknown: 'Henter svarrapporter: {loaded} så langt',
    pageErrorTitle: 'Ikke alle svarrapportene kunne hentes',
    pageError: 'Viser de {loaded} som kom før feilen.',
  },
  nn: {
    loading: 'Hentar prøvesvar …',
    noPatient: 'Ingen pasient er vald.',
    retry: 'Prøv igjen',
    errorTitle: 'Prøvesvara kan ikkje visast',
    errorNetwork: 'Fekk ikkje kontakt med Pasientens prøvesvar. Sjekk nettverket og prøv igjen.',
    errorAccess: 'Du har ikkje tilgang til Pasientens prøvesvar (HTTP {status}). Kontakt systemansvarleg.',
    errorServer: 'Pasientens prøvesvar svarar ikkje no (HTTP {status}). Prøv igjen om litt.',
    errorRequest: 'Pasientens prøvesvar avviste førespurnaden (HTTP {status}).',
    errorResponse: 'Svaret frå Pasientens prøvesvar kunne ikkje lesast.',
    errorUnknown: 'Noko gjekk gale då prøvesvara skulle hentast.',
    errorReference: 'Referanse til brukarstøtte: {id}',
    privacyGeneralTitle: 'Prøvesvara er sperra',
    privacyGeneral:
      'Pasienten har sperra prøvesvara sine for alt helsepersonell. Med samtykke frå pasienten, eller i ein akuttsituasjon, kan tilgang givast med forhøgd tilgangsgrunnlag.',
    privacySpecificTitle: 'Prøvesvara er sperra for deg',
    privacySpecific:
      'Pasienten har sperra prøvesvara sine for deg eller verksemda di. Sperringa kan ikkje opphevast herifrå.',
    privacyReservationTitle: 'Pasienten har reservert seg',
    privacyReservation:
      'Pasienten har reservert seg mot Pasientens prøvesvar. Prøvesvar blir ikkje lagra der og kan ikkje visast her.',
    noData: 'Pasientens prøvesvar har ingen prøvesvar for denne pasienten.',
    progress: 'Hentar svarrapportar: {loaded} av {total}',
    progressUnknown: 'Hentar svarrapportar: {loaded} så langt',
    pageErrorTitle: 'Ikkje alle svarrapportane kunne hentast',
    pageError: 'Viser dei {loaded} som kom før feilen.',
  },
  en: {
    loading: 'Loading lab results …',
    noPatient: 'No patient is selected.',
    retry: 'Try again',
    errorTitle: 'Lab results cannot be shown',
    errorNetwork: 'Could not reach Pasientens prøvesvar. Check the network and try again.',
    errorAccess:
      'You do not have access to Pasientens prøvesvar (HTTP {status}). Contact your system administrator.',
    errorServer: 'Pasientens prøvesvar is not responding (HTTP {status}). Try again shortly.',
    errorRequest: 'Pasientens prøvesvar rejected the request (HTTP {status}).',
    errorResponse: 'The response from Pasientens prøvesvar could not be read.',
    errorUnknown: 'Something went wrong while fetching lab results.',
    errorReference: 'Reference for support: {id}',
    privacyGeneralTitle: 'Lab results are blocked',
    privacyGeneral:
      'The patient has blocked their lab results for all health personnel. With the patient’s consent, or in an emergency, access can be given with an elevated access basis.',
    privacySpecificTitle: 'Lab results are blocked for you',
    privacySpecific:
      'The patient has blocked their lab results for you or your organisation. The block cannot be lifted from here.',
    privacyReservationTitle: 'The patient has opted out',
    privacyReservation:
      'The patient has opted out of Pasientens prøvesvar. Results are not stored there and cannot be shown here.',
    noData: 'Pasientens prøvesvar holds no lab results for this patient.',
    progress: 'Loading reports: {loaded} of {total}',
    progressUnknown: 'Loading reports: {loaded} so far',
    pageErrorTitle: 'Not every report could be loaded',
    pageError: 'Showing the {loaded} that arrived before the error.',
  },
};

/** Fills `{name}` placeholders. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
