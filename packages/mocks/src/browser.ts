import { type SetupWorker, setupWorker } from 'msw/browser';
import { createMockHandlers, type MockOptions } from './handlers';

/**
 * An MSW worker with the pps-kit mocks, for a browser app. Serve `mockServiceWorker.js` from your
 * public folder (`npx msw init public`), then `await createMockWorker().start()` before rendering.
 */
export function createMockWorker(options?: MockOptions): SetupWorker {
  return setupWorker(...createMockHandlers(options));
}
