import { type SetupWorker, setupWorker } from 'msw/browser';
import { createMockHandlers, type MockOptions } from './handlers';

/**
 * An MSW worker with the pps-kit mocks, for a browser app. Serve `mockServiceWorker.js` from your
 * public folder (`npx msw init public`), then `await createMockWorker().start()` before rendering.
 *
 * Quiet by default: MSW would log every request it answers, with its headers and body, and those
 * carry the patient's fødselsnummer. Pass `start({ quiet: false })` to see them while debugging.
 */
export function createMockWorker(options?: MockOptions): SetupWorker {
  const worker = setupWorker(...createMockHandlers(options));
  const start = worker.start.bind(worker);
  worker.start = (startOptions) => start({ quiet: true, ...startOptions });
  return worker;
}
