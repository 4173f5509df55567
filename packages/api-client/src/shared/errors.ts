import type { OperationOutcome } from './fhir';

/** What went wrong, for code that picks a message or decides whether to retry. */
export type PpsErrorKind = 'http' | 'network' | 'response';

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
  /** The raw body, when it was not an OperationOutcome (PPS can answer with plain text). */
  readonly bodyText: string | undefined;

  constructor(init: {
    status: number;
    outcome?: OperationOutcome | undefined;
    bodyText?: string | undefined;
    correlationId?: string | undefined;
  }) {
    const detail =
      init.outcome?.issue.map((issue) => issue.diagnostics ?? issue.details?.text ?? issue.code).join('; ') ??
      init.bodyText?.slice(0, 200);
    super(`HTTP ${init.status}${detail ? `: ${detail}` : ''}`, init.correlationId);
    this.status = init.status;
    this.outcome = init.outcome;
    this.bodyText = init.bodyText;
  }
}

/** The request never got an answer (offline, DNS, CORS, connection reset). */
export class PpsNetworkError extends PpsError {
  readonly kind = 'network';
}

/** The service answered 2xx, but the body is not what PPS returns. `path` names the first bad element. */
export class PpsResponseError extends PpsError {
  readonly kind = 'response';
  readonly path: string;

  constructor(path: string, reason: string, correlationId?: string) {
    super(`Unexpected response at ${path}: ${reason}`, correlationId);
    this.path = path;
  }
}

export const isPpsError = (value: unknown): value is PpsError => value instanceof PpsError;
