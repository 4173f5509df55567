/**
 * The Web Worker that reads report pages off the main thread: the text PPS answered in, the
 * page's split answer and model out (`readReportPage`, the same code the main thread runs when
 * there is no worker). A page it cannot read goes back as `failed`: the main thread reads it
 * again, to throw the same typed error it would have thrown itself.
 */
import { readReportPage } from '@pps-kit/api-client';
import type { PageAnswer, PageRequest } from './page-reader';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PageRequest>) => void) | null;
  postMessage(message: PageAnswer): void;
};

scope.onmessage = ({ data: { id, text, personId, correlationId } }) => {
  let answer: PageAnswer;
  try {
    answer = { id, page: readReportPage(text, personId, correlationId) };
  } catch {
    answer = { id, failed: true };
  }
  try {
    scope.postMessage(answer);
  } catch {
    scope.postMessage({ id, failed: true });
  }
};
