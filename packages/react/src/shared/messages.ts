import type { Catalogue, Locale } from './i18n';

/** Texts every data view shares: loading, errors, privacy outcomes, no data. */
export interface DataStateMessages {
  loading: string;
  noPatient: string;
  retry: string;
  errorTitle: string;
  /** The services, as `{service}` in the error texts. */
  serviceNames: { pps: string; pts: string; parek: string };
  /** `{service}` in every error text below. */
  errorNetwork: string;
  /** `{seconds}` */
  errorTimeout: string;
  /** `{status}` is the HTTP status. */
  errorAccess: string;
  errorNotFound: string;
  /** `{seconds}` until PPS accepts requests again. */
  errorRateLimited: string;
  errorRateLimitedNoTime: string;
  errorServer: string;
  errorRequest: string;
  errorResponse: string;
  /** The answer was about another person than the open patient; it is never shown. */
  errorMismatch: string;
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
  /** The service answered with an error outcome instead of data. `{service}`, `{codes}` */
  errorOutcome: string;
  /** Some data may be withheld: an outcome code pps-kit does not know. */
  hiddenTitle: string;
  /** `{codes}` as sent. */
  hidden: string;
  /** Paging stopped early: what was loaded is shown. */
  incompleteTitle: string;
  /** Why, per PagingProblem; `{service}`. */
  incompleteReasons: {
    'page-repeated': string;
    'total-invalid': string;
    'page-missing': string;
    'too-many-pages': string;
  };
  /** `{loaded}`, `{atLeast}` */
  incomplete: string;
  /** A refetch failed; the data shown is from the last good answer. */
  refetchErrorTitle: string;
  /** `{time}` of the last good answer. */
  refetchError: string;
  /** A view failed while showing an answer; the host application is unaffected. */
  viewErrorTitle: string;
  viewError: string;
}

export const dataStateMessages: Catalogue<DataStateMessages> = {
  nb: {
    loading: 'Henter prøvesvar …',
    noPatient: 'Ingen pasient er valgt.',
    retry: 'Prøv igjen',
    errorTitle: 'Prøvesvarene kan ikke vises',
    serviceNames: { pps: 'Pasientens prøvesvar', pts: 'Tilgangsstyring (PTS)', parek: 'PaRek' },
    errorNetwork: 'Fikk ikke kontakt med {service}. Sjekk nettverket og prøv igjen.',
    errorTimeout:
      '{service} svarte ikke innen {seconds, plural, one {# sekund} other {# sekunder}}. Prøv igjen.',
    errorAccess: 'Du har ikke tilgang til {service} (HTTP {status}). Kontakt systemansvarlig.',
    errorNotFound: '{service} fant ikke det som ble etterspurt (HTTP 404).',
    errorRateLimited:
      '{service} får for mange forespørsler akkurat nå (HTTP 429). Prøv igjen om {seconds, plural, one {# sekund} other {# sekunder}}.',
    errorRateLimitedNoTime: '{service} får for mange forespørsler akkurat nå (HTTP 429). Prøv igjen om litt.',
    errorServer: '{service} svarer ikke nå (HTTP {status}). Prøv igjen om litt.',
    errorRequest:
      '{service} avviste forespørselen (HTTP {status}). Kontakt systemansvarlig hvis det gjentar seg.',
    errorResponse: 'Svaret fra {service} kunne ikke leses. Prøv igjen.',
    errorMismatch:
      'Svaret fra {service} gjaldt en annen person enn pasienten du har åpen, og vises derfor ikke. Kontakt systemansvarlig.',
    errorUnknown: 'Noe gikk galt i kontakten med {service}.',
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
    errorOutcome: '{service} svarte med en feil i stedet for prøvesvar ({codes}). Prøv igjen.',
    hiddenTitle: 'Noen data kan være skjult',
    hidden:
      'Pasientens prøvesvar sier at noe kan være holdt tilbake (kode: {codes}). Det som vises her, er kanskje ikke alt.',
    incompleteTitle: 'Ikke alle svarrapportene kunne hentes',
    incompleteReasons: {
      'page-repeated': '{service} sendte de samme svarrapportene om igjen.',
      'total-invalid': '{service} oppga et antall svarrapporter som ikke stemmer.',
      'page-missing': '{service} sendte færre svarrapporter enn det selv oppga.',
      'too-many-pages': 'Pasienten har flere svarrapporter enn det som hentes på én gang.',
    },
    incomplete: 'Viser de {loaded} som ble hentet. Det finnes minst {atLeast}.',
    refetchErrorTitle: 'Visningen kunne ikke oppdateres',
    refetchError: 'Viser det som ble hentet kl. {time}.',
    viewErrorTitle: 'Denne visningen kan ikke vises',
    viewError: 'Svaret kunne ikke vises. Resten av journalen virker som før.',
  },
  nn: {
    loading: 'Hentar prøvesvar …',
    noPatient: 'Ingen pasient er vald.',
    retry: 'Prøv igjen',
    errorTitle: 'Prøvesvara kan ikkje visast',
    serviceNames: { pps: 'Pasientens prøvesvar', pts: 'Tilgangsstyring (PTS)', parek: 'PaRek' },
    errorNetwork: 'Fekk ikkje kontakt med {service}. Sjekk nettverket og prøv igjen.',
    errorTimeout: '{service} svara ikkje innan {seconds} sekund. Prøv igjen.',
    errorAccess: 'Du har ikkje tilgang til {service} (HTTP {status}). Kontakt systemansvarleg.',
    errorNotFound: '{service} fann ikkje det som vart etterspurt (HTTP 404).',
    errorRateLimited:
      '{service} får for mange førespurnader akkurat no (HTTP 429). Prøv igjen om {seconds} sekund.',
    errorRateLimitedNoTime:
      '{service} får for mange førespurnader akkurat no (HTTP 429). Prøv igjen om litt.',
    errorServer: '{service} svarar ikkje no (HTTP {status}). Prøv igjen om litt.',
    errorRequest:
      '{service} avviste førespurnaden (HTTP {status}). Kontakt systemansvarleg om det skjer igjen.',
    errorResponse: 'Svaret frå {service} kunne ikkje lesast. Prøv igjen.',
    errorMismatch:
      'Svaret frå {service} gjaldt ein annan person enn pasienten du har open, og blir difor ikkje vist. Kontakt systemansvarleg.',
    errorUnknown: 'Noko gjekk gale i kontakten med {service}.',
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
    errorOutcome: '{service} svara med ein feil i staden for prøvesvar ({codes}). Prøv igjen.',
    hiddenTitle: 'Nokre data kan vere skjulte',
    hidden:
      'Pasientens prøvesvar seier at noko kan vere halde tilbake (kode: {codes}). Det som blir vist her, er kanskje ikkje alt.',
    incompleteTitle: 'Ikkje alle svarrapportane kunne hentast',
    incompleteReasons: {
      'page-repeated': '{service} sende dei same svarrapportane om att.',
      'total-invalid': '{service} oppgav eit tal på svarrapportar som ikkje stemmer.',
      'page-missing': '{service} sende færre svarrapportar enn det sjølv oppgav.',
      'too-many-pages': 'Pasienten har fleire svarrapportar enn det som blir henta på ein gong.',
    },
    incomplete: 'Viser dei {loaded} som vart henta. Det finst minst {atLeast}.',
    refetchErrorTitle: 'Visninga kunne ikkje oppdaterast',
    refetchError: 'Viser det som vart henta kl. {time}.',
    viewErrorTitle: 'Denne visninga kan ikkje visast',
    viewError: 'Svaret kunne ikkje visast. Resten av journalen verkar som før.',
  },
  en: {
    loading: 'Loading lab results …',
    noPatient: 'No patient is selected.',
    retry: 'Try again',
    errorTitle: 'Lab results cannot be shown',
    serviceNames: { pps: 'Pasientens prøvesvar', pts: 'Access control (PTS)', parek: 'PaRek' },
    errorNetwork: 'Could not reach {service}. Check the network and try again.',
    errorTimeout:
      '{service} did not answer within {seconds, plural, one {# second} other {# seconds}}. Try again.',
    errorAccess: 'You do not have access to {service} (HTTP {status}). Contact your system administrator.',
    errorNotFound: '{service} did not find what was asked for (HTTP 404).',
    errorRateLimited:
      '{service} is receiving too many requests (HTTP 429). Try again in {seconds, plural, one {# second} other {# seconds}}.',
    errorRateLimitedNoTime: '{service} is receiving too many requests (HTTP 429). Try again shortly.',
    errorServer: '{service} is not responding (HTTP {status}). Try again shortly.',
    errorRequest:
      '{service} rejected the request (HTTP {status}). Contact your system administrator if it happens again.',
    errorResponse: 'The answer from {service} could not be read. Try again.',
    errorMismatch:
      'The answer from {service} was about another person than the patient you have open, so it is not shown. Contact your system administrator.',
    errorUnknown: 'Something went wrong in contact with {service}.',
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
    errorOutcome: '{service} answered with an error instead of lab results ({codes}). Try again.',
    hiddenTitle: 'Some data may be hidden',
    hidden:
      'Pasientens prøvesvar says that something may be withheld (code: {codes}). What is shown here may not be everything.',
    incompleteTitle: 'Not every report could be loaded',
    incompleteReasons: {
      'page-repeated': '{service} sent the same reports again.',
      'total-invalid': '{service} gave a number of reports that does not add up.',
      'page-missing': '{service} sent fewer reports than it said it had.',
      'too-many-pages': 'The patient has more reports than are loaded at once.',
    },
    incomplete: 'Showing the {loaded} that were loaded. There are at least {atLeast}.',
    refetchErrorTitle: 'This view could not be updated',
    refetchError: 'Showing what was loaded at {time}.',
    viewErrorTitle: 'This view cannot be shown',
    viewError: 'The answer could not be shown. The rest of the record works as before.',
  },
};

const pluralRules = new Map<string, Intl.PluralRules>();
const INTL_LOCALES: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** `{count, plural, one {# svarrapport} other {# svarrapporter}}`: an ICU plural, one level deep. */
const PLURAL =
  /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

/**
 * Fills `{name}` placeholders and ICU plurals (`{count, plural, one {…} other {…}}`, `#` is the
 * number, `=0` an exact match) with the plural rules of `locale` (nb, nn and en all have "one"
 * and "other").
 */
export function fill(
  template: string,
  values: Record<string, string | number>,
  locale: Locale = 'nb',
): string {
  const plural = template.includes(', plural,')
    ? template.replace(PLURAL, (whole, name: string, body: string) => {
        const value = values[name];
        if (typeof value !== 'number') return whole;
        const branches = new Map<string, string>();
        for (const [, key = '', text = ''] of body.matchAll(BRANCH)) branches.set(key, text);
        let rules = pluralRules.get(locale);
        if (!rules) {
          rules = new Intl.PluralRules(INTL_LOCALES[locale]);
          pluralRules.set(locale, rules);
        }
        const text = branches.get(`=${value}`) ?? branches.get(rules.select(value)) ?? branches.get('other');
        return text === undefined ? whole : text.replace(/#/g, String(value));
      })
    : template;
  return plural.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
