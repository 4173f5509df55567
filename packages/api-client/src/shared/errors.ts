import type { OperationOutcome } from './fhir';

/** What went wrong, for code that picks a message or decides whether to retry. */
export type PpsErrorKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'response'
  | 'outcome'
  | 'paging'
  | 'patient-mismatch'
  | 'validation';

/** Base class of every error the pps-kit clients throw. */
export abstract class PpsError extends Error {
  abstract readonly kind: PpsErrorKind;
  /** The correlation id sent with the request, to quote to NHN support. */
  readonly correlationId: string | undefined;

  constructor(message: string, correlationId?: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.correlationId = correlationId;
  }
}

/** The service answered with an HTTP error status (PPS: an OperationOutcome, or plain text). */
export class PpsHttpError extends PpsError {
  readonly kind = 'http';
  readonly status: number;
  /** The OperationOutcome, when the body was one. */
  readonly outcome: OperationOutcome | undefined;
  /** The parsed JSON body, when it was JSON but not an OperationOutcome (PTS, PaRek). */
  readonly body: unknown;
  /** The raw body, when it was not JSON (PPS can answer with plain text). */
  readonly bodyText: string | undefined;
  /** Seconds the service asked the caller to wait (`Retry-After`), when it said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    outcome?: OperationOutcome | undefined;
    body?: unknown;
    bodyText?: string | undefined;
    retryAfterSeconds?: number | undefined;
    correlationId?: string | undefined;
  }) {
    const detail =
      init.outcome?.issue.map((issue) => issue.diagnostics ?? issue.details?.text ?? issue.code).join('; ') ??
      init.bodyText?.slice(0, 200);
    super(`HTTP ${init.status}${detail ? `: ${detail}` : ''}`, init.correlationId);
    this.status = init.status;
    this.outcome = init.outcome;
    this.body = init.body;
    this.bodyText = init.bodyText;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** The request never got an answer (offline, DNS, CORS, connection reset). */
export class PpsNetworkError extends PpsError {
  readonly kind = 'network';
}

/** No answer within the client's `timeoutMs`. */
export class PpsTimeoutError extends PpsError {
  readonly kind = 'timeout';
  readonly timeoutMs: number;

  constructor(timeoutMs: number, correlationId?: string) {
    super(`No answer within ${timeoutMs} ms`, correlationId);
    this.timeoutMs = timeoutMs;
  }
}

/** The service answered 2xx, but the body is not what it should be. `path` names the first bad element. */
export class PpsResponseError extends PpsError {
  readonly kind = 'response';
  /** JSON path of the first problem, e.g. `entry[3].resource.status`; `$` for the whole body. */
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string, correlationId?: string) {
    super(`Unexpected response at ${path}: ${reason}`, correlationId);
    this.path = path;
    this.reason = reason;
  }
}

/**
 * The service answered 2xx with no data and an OperationOutcome whose severity is `error` or
 * `fatal`: the search failed. Never shown as "no results".
 */
export class PpsOutcomeError extends PpsError {
  readonly kind = 'outcome';
  /** The issue codes of the error and fatal issues, as sent (e.g. `exception`, `timeout`). */
  readonly codes: readonly string[];

  constructor(codes: readonly string[], correlationId?: string) {
    super(`The service reported an error instead of data: ${codes.join(', ')}`, correlationId);
    this.codes = codes;
  }
}

/** Why paging stopped before every page was in. */
export type PagingProblem =
  /** A page held only reports already loaded: the service repeats a page, or ignores `_skip`. */
  | 'page-repeated'
  /** `Bundle.total` is not a count (negative, not a whole number) or is less than what was sent. */
  | 'total-invalid'
  /** A page came back empty or short although `total` promised more. */
  | 'page-missing'
  /** More pages than the documented maximum (`maxPages`). */
  | 'too-many-pages';

/**
 * Paging a search stopped early. The pages loaded before the problem are kept and shown; the
 * count is then "at least" (`atLeast`), never a complete list.
 */
export class PpsPagingError extends PpsError {
  readonly kind = 'paging';
  readonly problem: PagingProblem;
  /** Reports loaded and kept. */
  readonly loaded: number;
  /** The reports known to exist: at least this many. */
  readonly atLeast: number;

  constructor(init: {
    problem: PagingProblem;
    loaded: number;
    atLeast: number;
    correlationId?: string | undefined;
  }) {
    super(
      `Paging stopped (${init.problem}) after ${init.loaded} reports; there are at least ${init.atLeast}`,
      init.correlationId,
    );
    this.problem = init.problem;
    this.loaded = init.loaded;
    this.atLeast = init.atLeast;
  }
}

/**
 * PPS returned data about another person than the one asked for. The data is withheld: showing
 * a result for the wrong patient is a patient-safety failure.
 */
export class PpsPatientMismatchError extends PpsError {
  readonly kind = 'patient-mismatch';
  /** JSON path of the resource that named another person. Never the other person's id. */
  readonly path: string;

  constructor(path: string, correlationId?: string) {
    super(`The response holds data for another person than the one requested (${path})`, correlationId);
    this.path = path;
  }
}

/** One problem with a value the caller gave, before anything was sent. */
export interface ValidationIssue {
  /** Path of the field, e.g. `patientSafetyObject.person.offId`. */
  path: string;
  /** A stable code a UI can translate. */
  code: 'required' | 'invalid' | 'exactly-one' | 'not-allowed' | 'in-past' | 'out-of-range';
  /** An English explanation for developers. */
  message: string;
}

/** Input to a client or builder broke the API's rules; nothing was sent. */
export class PpsValidationError extends PpsError {
  readonly kind = 'validation';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.issues = issues;
  }
}

export const isPpsError = (value: unknown): value is PpsError => value instanceof PpsError;

/**
 * Whether trying again can help: a lost connection, a timeout, an unreadable answer, too many
 * requests or a server error. A refused request (400, 401, 403, 404) or an answer about another
 * person will fail the same way again, so no retry is offered for those.
 */
export function canRetry(error: unknown): boolean {
  if (error instanceof PpsHttpError)
    return error.status === 429 || error.status === 408 || error.status >= 500;
  if (error instanceof PpsPatientMismatchError) return false;
  if (isPpsError(error) && error.kind === 'validation') return false;
  return true;
}
