/**
 * The EPJ backend, played by pps-kit's mocks: PPS, PTS and PaRek answer here as they would
 * behind a real proxy (in production this route would hold the HelseID key and forward).
 */
import { createMockHandlers } from '@pps-kit/mocks';
import { getResponse } from 'msw';

const handlers = createMockHandlers();

async function answer(request: Request): Promise<Response> {
  const response = await getResponse(handlers, request);
  return response ?? Response.json({ resourceType: 'OperationOutcome' }, { status: 404 });
}

export const GET = answer;
export const POST = answer;
export const dynamic = 'force-dynamic';
