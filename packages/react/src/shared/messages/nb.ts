import type { DataStateMessages, LoadProgressMessages, ViewStateMessages } from './types';

/** The texts every view shares, in bokmål. */
export const nbViewState: ViewStateMessages = {
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
  errorInvalidPatient: 'Pasientens fødselsnummer er ikke gyldig, så {service} ble ikke spurt.',
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
  errorOutcome: '{service} svarte med en feil i stedet for prøvesvar ({codes}). Prøv igjen.',
  hiddenTitle: 'Noen data kan være skjult',
  hidden:
    'Pasientens prøvesvar sier at noe kan være holdt tilbake (kode: {codes}). Det som vises her, er kanskje ikke alt.',
  refetchErrorTitle: 'Visningen kunne ikke oppdateres',
  refetchError: 'Viser det som ble hentet kl. {time}.',
  viewErrorTitle: 'Denne visningen kan ikke vises',
  viewError: 'Svaret kunne ikke vises. Resten av journalen virker som før.',
};

/** A paged view's progress in bokmål. */
const nbProgress: LoadProgressMessages = {
  incompleteTitle: 'Ikke alle svarrapportene kunne hentes',
  incompleteReasons: {
    'page-repeated': '{service} sendte de samme svarrapportene om igjen.',
    'total-invalid': '{service} oppga et antall svarrapporter som ikke stemmer.',
    'page-missing': '{service} sendte færre svarrapporter enn det selv oppga.',
    'too-many-pages': 'Pasienten har flere svarrapporter enn det som hentes på én gang.',
  },
  incomplete: 'Viser de {loaded} som ble hentet. Det finnes minst {atLeast}.',
  progress: 'Henter svarrapporter: {loaded} av {total}',
  progressUnknown: 'Henter svarrapporter: {loaded} så langt',
  pageErrorTitle: 'Ikke alle svarrapportene kunne hentes',
  pageError: 'Viser de {loaded} som kom før feilen.',
};

/** The texts the data views share, in bokmål. */
export const nb: DataStateMessages = /* @__PURE__ */ Object.assign({}, nbViewState, nbProgress);
