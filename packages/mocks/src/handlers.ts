import type { RequestHandler } from 'msw';
import { createParekHandlers, type ParekMockOptions } from './parek/handlers';
import { createPpsHandlers, type PpsMockOptions } from './pps/handlers';
import { createPtsHandlers, type PtsMockOptions } from './pts/handlers';

export interface MockOptions {
  pps?: PpsMockOptions;
  pts?: PtsMockOptions;
  parek?: ParekMockOptions;
}

/** Handlers for every service pps-kit mocks: PPS, PTS and PaRek. Each call has its own state. */
export function createMockHandlers(options: MockOptions = {}): RequestHandler[] {
  return [
    ...createPpsHandlers(options.pps),
    ...createPtsHandlers(options.pts),
    ...createParekHandlers(options.parek),
  ];
}

/** The default handlers, on any origin. They share one in-memory PTS and PaRek state. */
export const handlers: RequestHandler[] = createMockHandlers();
