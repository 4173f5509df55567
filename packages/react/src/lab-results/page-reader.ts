/**
 * Where report pages are read: in a Web Worker where the page allows one (`readReportPage`),
 * else on the main thread, by the client's own reading of the same text (the same code). The worker is a file of its own, shipped with
 * the package and started from its URL, so it runs under `default-src 'self'` (no `blob:`, no
 * `eval`). A page whose policy or browser refuses workers, or whose worker fails, reads every
 * page on the main thread instead: nothing is lost, it only takes the main thread's time.
 */
import {
  type LabReportPageModel,
  type NilarDiagnosticReport,
  type PpsSearchResult,
  reportPage,
} from '@pps-kit/api-client';

/** A search answer as the client gives it: its text, and how the client reads it here. */
export interface PageText {
  text: string;
  correlationId: string;
  read(): PpsSearchResult<NilarDiagnosticReport>;
}

/** A page for the worker to read. */
export interface PageRequest {
  id: number;
  text: string;
  personId: string;
  correlationId: string;
}

/** The worker's answer: the page read, or `failed` (the main thread reads it again, for the typed error). */
export type PageAnswer = { id: number; page: LabReportPageModel } | { id: number; failed: true };

interface Job {
  resolve: (page: LabReportPageModel) => void;
  /** Reads the page on the main thread instead. */
  here: () => void;
}

/** `undefined` until the first page; `null` once workers are known not to work here. */
let worker: Worker | null | undefined;
const jobs = new Map<number, Job>();
let nextId = 0;

/** Stops using the worker for good: every page on its way there is read here instead. */
function giveUp() {
  worker?.terminate();
  worker = null;
  for (const job of jobs.values()) job.here();
  jobs.clear();
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./page-worker.ts', import.meta.url), {
      type: 'module',
      name: 'pps-kit report pages',
    });
    started.onmessage = ({ data }: MessageEvent<PageAnswer>) => {
      const job = jobs.get(data.id);
      if (!job) return;
      jobs.delete(data.id);
      if ('page' in data) job.resolve(data.page);
      else job.here();
    };
    // The script did not load (a policy, a missing file) or broke: the main thread takes over.
    started.onerror = (event) => {
      event.preventDefault();
      giveUp();
    };
    started.onmessageerror = giveUp;
    return started;
  } catch {
    return null;
  }
}

/** One page, from the text PPS answered to its split answer and model; rejects with the typed error. */
export function readPage(
  { text, correlationId, read }: PageText,
  personId: string,
): Promise<LabReportPageModel> {
  if (worker === undefined) worker = startWorker();
  const running = worker;
  return new Promise((resolve, reject) => {
    const here = () => {
      try {
        resolve(reportPage(read()));
      } catch (error) {
        reject(error);
      }
    };
    if (!running) return here();
    const id = nextId++;
    jobs.set(id, { resolve, here });
    running.postMessage({ id, text, personId, correlationId } satisfies PageRequest);
  });
}
