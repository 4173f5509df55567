import { type SetupServer, setupServer } from 'msw/node';
import { createMockHandlers, type MockOptions } from './handlers';

/**
 * An MSW server with the pps-kit mocks, for tests in Node (Vitest, Jest):
 * `const server = createMockServer(); beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))`.
 */
export function createMockServer(options?: MockOptions): SetupServer {
  return setupServer(...createMockHandlers(options));
}
