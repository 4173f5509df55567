import type { MockFault } from '@pps-kit/mocks';

/** The services the fault panel can break. */
export type Service = 'pps' | 'pts' | 'parek';

/** Faults an evaluator can inject into the mocks, by name. */
export const FAULT_PRESETS = {
  none: undefined,
  slow: { latencyMs: 2500 },
  'server-error': { status: 500 },
  unavailable: { status: 503, body: 'plain-text' },
  'rate-limited': { status: 429, retryAfterSeconds: 2 },
  unauthorized: { status: 401 },
  'network-error': { networkError: true },
  truncated: { truncatedJson: true },
} as const satisfies Record<string, MockFault | undefined>;

export type FaultPreset = keyof typeof FAULT_PRESETS;

/** The faults in force, read by the mock handlers on every request. */
export const activeFaults: Record<Service, FaultPreset> = { pps: 'none', pts: 'none', parek: 'none' };

export const faultFor = (service: Service) => (): MockFault | undefined =>
  FAULT_PRESETS[activeFaults[service]];
