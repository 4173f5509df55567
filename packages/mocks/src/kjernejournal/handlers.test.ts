import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientWithScenario } from '../data/patients';
import { createKjernejournalHandlers } from './handlers';

const server = setupServer(...createKjernejournalHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const status = async (body: unknown) => {
  const response = await fetch('http://kj.test/v1/helseindikator/status', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { code: response.status, json: (await response.json()) as { status: number; returTekst: string } };
};

describe('the Kjernejournal helseindikator mock', () => {
  it('answers every one of the five states for the test patients', async () => {
    const states = await Promise.all(
      (['specific-block', 'reservation', 'gp-chemistry', 'pathology-radiology', 'microbiology'] as const).map(
        async (scenario) => (await status({ fnr: patientWithScenario(scenario).personId })).json.status,
      ),
    );
    expect(states).toEqual([0, 1, 2, 3, 4]);
  });

  it('says "not registered" for an unknown person and refuses a body without fnr', async () => {
    expect((await status({ fnr: '01010100000' })).json).toEqual({
      status: 1,
      returTekst: 'Pasienten har ikke kjernejournal',
    });
    expect((await status({})).code).toBe(400);
  });
});
