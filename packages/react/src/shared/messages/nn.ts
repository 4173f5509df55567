import type { DataStateMessages } from './types';

/** The texts every view shares, in nynorsk. */
export const nn: DataStateMessages = {
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
  errorRateLimitedNoTime: '{service} får for mange førespurnader akkurat no (HTTP 429). Prøv igjen om litt.',
  errorServer: '{service} svarar ikkje no (HTTP {status}). Prøv igjen om litt.',
  errorRequest:
    '{service} avviste førespurnaden (HTTP {status}). Kontakt systemansvarleg om det skjer igjen.',
  errorResponse: 'Svaret frå {service} kunne ikkje lesast. Prøv igjen.',
  errorMismatch:
    'Svaret frå {service} gjaldt ein annan person enn pasienten du har open, og blir difor ikkje vist. Kontakt systemansvarleg.',
  errorInvalidPatient: 'Fødselsnummeret til pasienten er ikkje gyldig, så {service} vart ikkje spurd.',
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
};
