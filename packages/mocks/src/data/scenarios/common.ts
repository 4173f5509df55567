/** What the scenarios share: time steps, the GP's requisition and blood specimen, an S/I/R result. */
import { CODE_LIST } from '@pps-kit/api-client';
import type { createRandom } from '../../shared/random';
import { type ReportSpec, type ResultSpec, SUSCEPTIBILITY } from '../build';
import { GP } from '../parties';
import type { TestPatient } from '../patients';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const at = (base: string, offsetMs: number) => new Date(Date.parse(base) + offsetMs).toISOString();

type Common = Pick<ReportSpec, 'personId' | 'requester' | 'requisition' | 'specimens'>;

export function common(
  patient: TestPatient,
  collected: string,
  random: ReturnType<typeof createRandom>,
): Common {
  return {
    personId: patient.personId,
    requester: GP,
    requisition: {
      id: random.uuid(),
      authoredOn: at(collected, -2 * DAY),
      receivedAt: at(collected, 2 * HOUR),
      paymentCategory: { code: '1', display: 'Ordinær pasient' },
    },
    specimens: [{ code: 'B', text: 'Blod', collected }],
  };
}

export const susceptibility = (
  nlk: string,
  name: string,
  result: keyof typeof SUSCEPTIBILITY,
  mic?: string,
): ResultSpec => ({
  code: { nlk },
  name,
  ...(mic ? { unit: 'mg/L' } : {}),
  value: {
    ...(mic ? { text: mic } : {}),
    coding: { list: CODE_LIST.susceptibility, code: result, display: SUSCEPTIBILITY[result] },
  },
});
