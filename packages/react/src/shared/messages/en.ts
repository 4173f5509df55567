import type { DataStateMessages } from './types';

/** The texts every view shares, in English. */
export const en: DataStateMessages = {
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
  errorInvalidPatient: 'The patient’s national identity number is not valid, so {service} was not asked.',
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
};
