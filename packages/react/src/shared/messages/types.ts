/** Texts every data view shares: loading, errors, privacy outcomes, no data. */
export interface ViewStateMessages {
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
  /** The host gave a person id no Norwegian register has the form of; nothing was sent. */
  errorInvalidPatient: string;
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
  /** The service answered with an error outcome instead of data. `{service}`, `{codes}` */
  errorOutcome: string;
  /** Some data may be withheld: an outcome code pps-kit does not know. */
  hiddenTitle: string;
  /** `{codes}` as sent. */
  hidden: string;
  /** A refetch failed; the data shown is from the last good answer. */
  refetchErrorTitle: string;
  /** `{time}` of the last good answer. */
  refetchError: string;
  /** A view failed while showing an answer; the host application is unaffected. */
  viewErrorTitle: string;
  viewError: string;
}

/** How far a paged view's loading has come, and why it stopped early (the overview, flowsheet and trend). */
export interface LoadProgressMessages {
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
  /** `{loaded}`, `{total}` */
  progress: string;
  /** `{loaded}` */
  progressUnknown: string;
  pageErrorTitle: string;
  /** `{loaded}` */
  pageError: string;
}

/** Texts the data views share, the paged views' progress with them. */
export interface DataStateMessages extends ViewStateMessages, LoadProgressMessages {}
