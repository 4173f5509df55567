import type { OperationOutcome } from './fhir';

/** What went wrong, for code that picks a message or decides whether to retry. */
export type PpsErrorKind = 'http' | 'network' | 'timeout' | 'response' | 'patient-mismatch' | 'validation';

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
