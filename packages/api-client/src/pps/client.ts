import { PpsValidationError } from '../shared/errors';
import type {
  CapabilityStatement,
  NilarDiagnosticReport,
  NilarObservation,
  ResourceBase,
} from '../shared/fhir';
import {
  newCorrelationId,
  parseBody,
  requestJson,
  requestText,
  type TransportConfig,
} from '../shared/transport';
import { type PpsMode, type PpsPatientContext, patientHeaders } from './context';
import { MAX_PAGES, type PagingStep, pagingStep, saneTotal } from './paging';
import { CapabilityStatementSchema } from './schema';
import {
  type ObservationSearchParams,
  type PpsSearchParams,
  searchInputIssues,
  toFormBody,
} from './search-params';
import { mergeSearchResults, type PpsSearchResult, toSearchResult } from './search-result';
import { validateNilarBundle, validateWith } from './validate';

export type PpsApiVersion = 'v1' | 'v2';

export interface PpsClientConfig extends TransportConfig {
  /**
   * Where PPS is reached. In production: the EPJ's own backend proxy, which holds the HelseID key
   * and adds DPoP (e.g. `/api/pps`). In NHN's Test backdoor: `https://backdoor.test.pps.nhn.no/fhir`.
   */
  baseUrl: string;
  /** Which header set carries the patient context. @default 'proxy' */
  mode?: PpsMode | undefined;
  /** `v2` adds the `/v2` path prefix (and NHN requires DPoP there). @default 'v1' */
  apiVersion?: PpsApiVersion | undefined;
  /** The form key for tag searches: the PPS docs say `_tags` on one page and `_tag` in examples. @default '_tag' */
  tagParameter?: '_tag' | '_tags' | undefined;
  /**
   * Send any person id, as loaded: only for previews of a lab's own messages through the mock
   * (NILAR's samples carry ids PPS would refuse). Otherwise a search with an id that is no
   * fødselsnummer, D-nummer, H-nummer or hjelpenummer fails with `PpsValidationError`, unsent.
   * @default false
   */
  acceptAnyPersonId?: boolean | undefined;
}

export interface SearchAllOptions {
  /** Pages fetched at once after the first. @default 4 */
  concurrency?: number;
  /** The most pages fetched; past it the result is `incomplete` ('too-many-pages'). @default MAX_PAGES (40) */
  maxPages?: number;
  /** Called as each page arrives, with the number of reports loaded so far. */
  onProgress?: (progress: { loaded: number; total: number | undefined }) => void;
}

/** One report with everything it references, from `getReport`. */
export interface PpsReportResult extends PpsSearchResult<NilarDiagnosticReport> {
  /** The report, or `undefined` when PPS has none with that id (or it is hidden: see `privacy`). */
  report: NilarDiagnosticReport | undefined;
}

export interface PpsClient {
  readonly config: Readonly<PpsClientConfig>;
  /** `GET {base}/metadata`: the CapabilityStatement. No patient headers. */
  metadata(signal?: AbortSignal): Promise<CapabilityStatement>;
  /** `POST {base}/DiagnosticReport/_search` for one patient. */
  searchDiagnosticReports(
    context: PpsPatientContext,
    params?: PpsSearchParams,
    signal?: AbortSignal,
  ): Promise<PpsSearchResult<NilarDiagnosticReport>>;
  /**
   * The same search as `searchDiagnosticReports`, answered as text, not yet read: for readers
   * that parse and validate elsewhere, as `@pps-kit/react` does in a Web Worker with
   * `readReportPage`. The input is checked and HTTP errors are thrown as by the other; `read()`
   * reads the text here, exactly as `searchDiagnosticReports` would have.
   */
  searchDiagnosticReportsText?(
    context: PpsPatientContext,
    params?: PpsSearchParams,
    signal?: AbortSignal,
  ): Promise<{ text: string; correlationId: string; read(): PpsSearchResult<NilarDiagnosticReport> }>;
  /** `POST {base}/Observation/_search` for one patient. */
  searchObservations(
    context: PpsPatientContext,
    params?: ObservationSearchParams,
    signal?: AbortSignal,
  ): Promise<PpsSearchResult<NilarObservation>>;
  /** One report with its requisition, requester, specimens, performers and result trees, in one round trip. */
  getReport(context: PpsPatientContext, id: string, signal?: AbortSignal): Promise<PpsReportResult>;
  /**
   * Every page of a report search, using `total`, `_count` and `_skip`; when `total` is known the
   * pages after the first are fetched in parallel, `concurrency` at a time. Paging stops at a
   * page that repeats earlier ones (or a `_skip` that is ignored), an absurd `total`, a missing
   * page or `maxPages`: the result then keeps the pages loaded and says so in `incomplete`.
   */
  searchAllDiagnosticReports(
    context: PpsPatientContext,
    params?: PpsSearchParams,
    signal?: AbortSignal,
    options?: SearchAllOptions,
  ): Promise<PpsSearchResult<NilarDiagnosticReport>>;
}

/** What `getReport` asks PPS to include (pps-api.md §4.3). */
export const REPORT_INCLUDES: Pick<PpsSearchParams, '_include' | '_include:iterate'> = {
  _include: [
    'DiagnosticReport:based-on',
    'DiagnosticReport:specimen',
    'DiagnosticReport:result',
    'DiagnosticReport:performer',
  ],
  '_include:iterate': ['ServiceRequest:requester', 'Observation:has-member', 'Observation:performer'],
};

const DEFAULT_PAGE_SIZE = 50;

/** Runs `task` over `items`, at most `limit` at a time, keeping the order of `items` in the result. */
async function mapLimit<I, O>(
  items: readonly I[],
  limit: number,
  task: (item: I) => Promise<O>,
): Promise<O[]> {
  const results: O[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as I);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}

/** A typed client for the PPS FHIR API. */
export function createPpsClient(config: PpsClientConfig): PpsClient {
  const mode = config.mode ?? 'proxy';
  const base = config.baseUrl.replace(/\/+$/, '') + (config.apiVersion === 'v2' ? '/v2' : '');

  /** The answer's text for a search, sent only if PPS would accept it; one correlation id for both. */
  async function searchText(
    resourceType: string,
    context: PpsPatientContext,
    params: ObservationSearchParams,
    signal: AbortSignal | undefined,
  ): Promise<{ text: string; correlationId: string }> {
    // What PPS would refuse is refused here, and nothing is sent.
    const issues = searchInputIssues(config.acceptAnyPersonId ? undefined : context.personId, params);
    if (issues.length > 0) throw new PpsValidationError(issues);
    const correlationId = context.correlationId ?? newCorrelationId();
    const text = await requestText(config, {
      method: 'POST',
      url: `${base}/${resourceType}/_search`,
      headers: {
        accept: 'application/fhir+json, application/json;q=0.9',
        'content-type': 'application/x-www-form-urlencoded',
        ...patientHeaders(mode, { ...context, correlationId }),
      },
      body: toFormBody(params, config.tagParameter).toString(),
      correlationId,
      idempotent: true, // a search changes nothing
      signal,
    });
    return { text, correlationId };
  }

  /** A search answer's text as a search result: parsed, validated, about the patient, split. */
  const readText = <T extends ResourceBase>(
    resourceType: T['resourceType'],
    context: PpsPatientContext,
    text: string,
    correlationId: string,
  ): PpsSearchResult<T> =>
    toSearchResult<T>(
      validateNilarBundle(parseBody(text, correlationId), correlationId),
      resourceType,
      context.personId,
      correlationId,
    );

  async function search<T extends ResourceBase>(
    resourceType: T['resourceType'],
    context: PpsPatientContext,
    params: ObservationSearchParams,
    signal: AbortSignal | undefined,
  ): Promise<PpsSearchResult<T>> {
    const { text, correlationId } = await searchText(resourceType, context, params, signal);
    return readText<T>(resourceType, context, text, correlationId);
  }

  const searchDiagnosticReports: PpsClient['searchDiagnosticReports'] = (context, params = {}, signal) =>
    search<NilarDiagnosticReport>('DiagnosticReport', context, params, signal);

  return {
    config,

    async metadata(signal) {
      const body = await requestJson(config, {
        method: 'GET',
        url: `${base}/metadata`,
        headers: { accept: 'application/fhir+json, application/json;q=0.9' },
        idempotent: true,
        signal,
      });
      return validateWith(CapabilityStatementSchema, body) as CapabilityStatement;
    },

    searchDiagnosticReports,

    async searchDiagnosticReportsText(context, params = {}, signal) {
      const { text, correlationId } = await searchText('DiagnosticReport', context, params, signal);
      return {
        text,
        correlationId,
        read: () => readText<NilarDiagnosticReport>('DiagnosticReport', context, text, correlationId),
      };
    },

    searchObservations: (context, params = {}, signal) =>
      search<NilarObservation>('Observation', context, params, signal),

    async getReport(context, id, signal) {
      const result = await searchDiagnosticReports(context, { _id: id, ...REPORT_INCLUDES }, signal);
      return { ...result, report: result.matches.find((report) => report.id === id) };
    },

    async searchAllDiagnosticReports(context, params = {}, signal, options = {}) {
      const count = params._count ?? DEFAULT_PAGE_SIZE;
      const start = params._skip ?? 0;
      const maxPages = options.maxPages ?? MAX_PAGES;
      // One correlation id for every page of the same search.
      const ctx = { ...context, correlationId: context.correlationId ?? newCorrelationId() };
      const paging = { pageSize: count, start, maxPages, correlationId: ctx.correlationId };
      let loaded = 0;
      let total: number | undefined;
      const fetchPage = async (skip: number) => {
        const page = await searchDiagnosticReports(ctx, { ...params, _count: count, _skip: skip }, signal);
        loaded += page.matches.length;
        total ??= page.total;
        options.onProgress?.({ loaded, total });
        return page;
      };
      const first = await fetchPage(start);
      const pages = [first];
      let step: PagingStep = pagingStep(pages, paging);

      // A total to trust: the remaining pages (at most maxPages in all) at once, kept in order.
      const prefetched = new Map<number, Promise<PpsSearchResult<NilarDiagnosticReport>>>();
      const trusted = saneTotal(first, start);
      if (step.next !== undefined && typeof trusted === 'number') {
        const skips: number[] = [];
        for (let skip = step.next; skip < trusted && skips.length + 1 < maxPages; skip += count)
          skips.push(skip);
        const rest = mapLimit(skips, options.concurrency ?? 4, fetchPage);
        rest.catch(() => undefined); // awaited below, page by page; paging may stop before the failure
        for (const [index, skip] of skips.entries()) {
          prefetched.set(
            skip,
            rest.then((all) => all[index] as PpsSearchResult<NilarDiagnosticReport>),
          );
        }
      }
      while (step.next !== undefined) {
        pages.push(await (prefetched.get(step.next) ?? fetchPage(step.next)));
        step = pagingStep(pages, paging);
      }
      // A repeated page adds nothing; what came before it is kept.
      if (step.problem?.problem === 'page-repeated') pages.pop();
      const merged = pages.length === 1 ? first : mergeSearchResults(pages);
      return step.problem ? { ...merged, incomplete: step.problem } : merged;
    },
  };
}
