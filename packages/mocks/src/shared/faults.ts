/**
 * Fault scenarios any mock handler can play: latency, HTTP errors (with Retry-After and a plain-text
 * body), truncated JSON, a lost connection, or a request that never answers.
 */
import { delay, HttpResponse } from 'msw';

export interface MockFault {
  /** Wait this long before answering (or failing). */
  latencyMs?: number;
  /** Answer with this HTTP status instead of data (e.g. 500, 503, 429). */
  status?: number;
  /** Sent as `Retry-After` with `status`. */
  retryAfterSeconds?: number;
  /** The error body: an OperationOutcome (default) or plain text, as PPS sometimes sends. */
  body?: 'operation-outcome' | 'plain-text';
  /** Answer 200 with the real body cut off half-way. */
  truncatedJson?: boolean;
  /** Drop the connection. */
  networkError?: boolean;
  /** Never answer: the client's timeout or abort must end the request. */
  never?: boolean;
  /** Affect only the next `times` requests, then answer normally (to test retries). */
  times?: number;
}

/** A fixed fault, or a function asked on every request (a demo panel can change it at run time). */
export type FaultOption = MockFault | (() => MockFault | undefined) | undefined;

export type FaultOutcome = { respond: Response } | { truncate: boolean };

/** Plays the faults of `option`, request by request. */
export function createFaultPlayer(option: FaultOption) {
  const used = new WeakMap<MockFault, number>();
  return async function play(): Promise<FaultOutcome> {
    const fault = typeof option === 'function' ? option() : option;
    if (!fault) return { truncate: false };
    if (fault.times !== undefined) {
      const count = used.get(fault) ?? 0;
      if (count >= fault.times) return { truncate: false };
      used.set(fault, count + 1);
    }
    if (fault.latencyMs) await delay(fault.latencyMs);
    if (fault.never) {
      await delay('infinite');
    }
    if (fault.networkError) return { respond: HttpResponse.error() };
    if (fault.status) {
      const headers: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      if (fault.body === 'plain-text') {
        headers['content-type'] = 'text/plain; charset=utf-8';
        return {
          respond: new HttpResponse(`Error ${fault.status}: the service is not available`, {
            status: fault.status,
            headers,
          }),
        };
      }
      return {
        respond: HttpResponse.json(
          {
            resourceType: 'OperationOutcome',
            issue: [
              {
                severity: 'error',
                code: fault.status === 429 ? 'throttled' : 'exception',
                diagnostics: `Mock fault ${fault.status}`,
              },
            ],
          },
          { status: fault.status, headers: { ...headers, 'content-type': 'application/fhir+json' } },
        ),
      };
    }
    return { truncate: fault.truncatedJson === true };
  };
}

/** A JSON response (FHIR JSON unless told otherwise), cut off half-way when the fault says so. */
export function jsonResponse(
  body: unknown,
  init: { status?: number; truncate?: boolean; contentType?: string } = {},
): Response {
  const text = JSON.stringify(body);
  return new HttpResponse(init.truncate ? text.slice(0, Math.floor(text.length / 2)) : text, {
    status: init.status ?? 200,
    headers: { 'content-type': init.contentType ?? 'application/fhir+json; charset=utf-8' },
  });
}
