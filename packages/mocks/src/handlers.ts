import type { RequestHandler } from 'msw';
import { createKjernejournalHandlers, type KjernejournalMockOptions } from './kjernejournal/handlers';
import { createParekHandlers, type ParekMockOptions } from './parek/handlers';
import { createPpsHandlers, type PpsMockOptions } from './pps/handlers';
import { createPtsHandlers, type PtsMockOptions } from './pts/handlers';

export interface MockOptions {
  pps?: PpsMockOptions;
  pts?: PtsMockOptions;
  parek?: ParekMockOptions;
  kjernejournal?: KjernejournalMockOptions;
}

/** Handlers for every service pps-kit mocks: PPS, PTS, PaRek and the KJ helseindikator. Each call has its own state. */
export function createMockHandlers(options: MockOptions = {}): RequestHandler[] {
  return [
    ...createPpsHandlers(options.pps),
    ...createPtsHandlers(options.pts),
    ...createParekHandlers(options.parek),
    ...createKjernejournalHandlers(options.kjernejournal),
  ];
}

/** The default handlers, on any origin. They share one in-memory PTS and PaRek state. */
export const handlers: RequestHandler[] = createMockHandlers();
