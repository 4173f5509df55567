/**
 * What the scenarios share: time steps, the GP's requisition and blood specimen, a measured result
 * drawn from the analyte catalogue, an S/I/R result.
 */
import { CODE_LIST } from '@pps-kit/api-client';
import type { createRandom } from '../../shared/random';
import { ANALYTES, type AnalyteKey, flagFor, rangeFor } from '../analytes';
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

/**
 * A measured result of the analysis `key`, drawn from the analyte catalogue: its NLK code, name and
 * unit, the reference range for a patient of `sex`, and the lab's flag for `value` in that range.
 * A scenario that shows a lab's own spelling (a unit variant, a range with a decimal point) or a
 * comparator spreads those fields after it.
 */
export function measured(key: AnalyteKey, value: number, sex: TestPatient['sex']): ResultSpec {
  const analyte = ANALYTES[key];
  const range = rangeFor(analyte, sex);
  const flag = flagFor(value, range);
  return {
    ...analysis(key),
    value,
    unit: analyte.unit,
    range: range.text,
    ...(flag ? { flag } : {}),
  };
}

/** The NLK code and name of the analysis `key`, for a result that has no value yet. */
export const analysis = (key: AnalyteKey): Pick<ResultSpec, 'code' | 'name'> => ({
  code: { nlk: ANALYTES[key].nlk },
  name: ANALYTES[key].name,
});
