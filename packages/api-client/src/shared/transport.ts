/**
 * The HTTP layer every pps-kit client shares: injected fetch, host auth headers, a timeout per
 * attempt, retries with back-off that honour Retry-After, and typed errors.
 */
import { PpsHttpError, PpsNetworkError, PpsResponseError, PpsTimeoutError } from './errors';
import type { OperationOutcome } from './fhir';

export interface RetryPolicy {
  /** Retries after the first attempt. @default 2 */
  retries?: number;
  /** Wait before the first retry; doubles with each retry. @default 500 */
  baseDelayMs?: number;
  /**
   * The longest wait before a retry. A `Retry-After` longer than this is not waited for: the
   * error goes to the caller with `retryAfterSeconds` set. @default 10000
   */
  maxDelayMs?: number;
}

export interface TransportConfig {
  /** Inject a fetch (a proxy, a desktop web view, tests). @default globalThis.fetch */
  fetch?: typeof fetch | undefined;
  /** Headers the host adds to every request, e.g. `Authorization: DPoP …` and `DPoP` when it signs itself. */
  getAuthHeaders?:
    | ((request: { method: string; url: string }) => Promise<Record<string, string>> | Record<string, string>)
    | undefined;
  /** Time allowed per attempt, body included. @default 30000 */
  timeoutMs?: number | undefined;
  /** `false` turns retries off. */
  retry?: RetryPolicy | false | undefined;
}

export interface RequestSpec {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  correlationId?: string | undefined;
  /**
   * Whether the request may be sent again when its fate is unknown (a lost connection, 502, 504).
   * Reads and searches are; creating a restriction is not. 429 and 503 are retried either way:
   * the service did not act on the request.
   */
  idempotent: boolean;
  signal?: AbortSignal | undefined;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const RETRY_ALWAYS = new Set([429, 503]);
const RETRY_IF_IDEMPOTENT = new Set([502, 504]);

/** `Retry-After` as seconds: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function isOperationOutcome(value: unknown): value is OperationOutcome {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { resourceType?: unknown }).resourceType === 'OperationOutcome' &&
    Array.isArray((value as { issue?: unknown }).issue)
  );
}

async function toHttpError(response: Response, correlationId: string | undefined): Promise<PpsHttpError> {
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  let isJson = false;
  try {
    parsed = JSON.parse(text);
    isJson = true;
  } catch {
    // PPS can answer with a plain-text body (pps-api.md §6.4): kept as text.
  }
  const outcome = isJson && isOperationOutcome(parsed) ? parsed : undefined;
  return new PpsHttpError({
    status: response.status,
    outcome,
    body: isJson && !outcome ? parsed : undefined,
    bodyText: isJson ? undefined : text,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
    correlationId,
  });
}

/** One attempt: fetch and read the body within `timeoutMs`. */
async function attempt(
  config: TransportConfig,
  spec: RequestSpec,
): Promise<{ response: Response; text: string } | { error: PpsHttpError }> {
  if (spec.signal?.aborted) throw spec.signal.reason;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(spec.signal?.reason);
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const auth = config.getAuthHeaders
      ? await config.getAuthHeaders({ method: spec.method, url: spec.url })
      : {};
    const doFetch = config.fetch ?? globalThis.fetch;
    const response = await doFetch(spec.url, {
      method: spec.method,
      headers: { ...spec.headers, ...auth },
      ...(spec.body !== undefined ? { body: spec.body } : {}),
      signal: controller.signal,
    });
    if (!response.ok) return { error: await toHttpError(response, spec.correlationId) };
    return { response, text: await response.text() };
  } catch (cause) {
    if (spec.signal?.aborted) throw spec.signal.reason;
    if (timedOut) throw new PpsTimeoutError(timeoutMs, spec.correlationId);
    throw new PpsNetworkError(
      `Could not reach ${new URL(spec.url, 'http://x').pathname}`,
      spec.correlationId,
      {
        cause,
      },
    );
  } finally {
    clearTimeout(timer);
    spec.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Sends `spec` and returns the body's text once the answer is a success, retrying as the policy
 * says. Throws PpsHttpError, PpsNetworkError or PpsTimeoutError; an abort rejects with the
 * signal's reason.
 */
export async function requestText(config: TransportConfig, spec: RequestSpec): Promise<string> {
  const policy = config.retry === false ? { retries: 0 } : (config.retry ?? {});
  const retries = policy.retries ?? 2;
  const baseDelayMs = policy.baseDelayMs ?? 500;
  const maxDelayMs = policy.maxDelayMs ?? 10_000;

  for (let tries = 0; ; tries += 1) {
    const canRetry = tries < retries;
    let result: Awaited<ReturnType<typeof attempt>>;
    try {
      result = await attempt(config, spec);
    } catch (error) {
      if (error instanceof PpsNetworkError && spec.idempotent && canRetry) {
        await sleep(Math.min(baseDelayMs * 2 ** tries, maxDelayMs), spec.signal);
        continue;
      }
      throw error;
    }
    if ('error' in result) {
      const { error } = result;
      const retryable =
        RETRY_ALWAYS.has(error.status) || (spec.idempotent && RETRY_IF_IDEMPOTENT.has(error.status));
      const wait =
        error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : baseDelayMs * 2 ** tries;
      if (retryable && canRetry && wait <= maxDelayMs) {
        await sleep(wait, spec.signal);
        continue;
      }
      throw error;
    }
    return result.text;
  }
}

/**
 * Sends `spec` and returns the parsed JSON body (`undefined` for an empty one). Throws as
 * `requestText` does, and PpsResponseError when the body is not JSON.
 */
export async function requestJson(config: TransportConfig, spec: RequestSpec): Promise<unknown> {
  return parseBody(await requestText(config, spec), spec.correlationId);
}

/** A body's JSON (`undefined` when empty); PpsResponseError when it is not JSON. */
export function parseBody(text: string, correlationId: string | undefined): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new PpsResponseError('$', 'the body is not valid JSON', correlationId);
  }
}

/** A correlation id for a request (UUID v4). */
export const newCorrelationId = (): string => globalThis.crypto.randomUUID();
