/** The oracle's own status tables (7306/7309 → report, 8245/8270 → result), from the code lists alone. Test code only. */
// ── Status (NILAR mapping.md, restated as data) ──────────────────────────────────────────────

const SERV_TYPES = ['N', 'M', 'C', 'H', 'A'];
/** DiagnosticReport.status: rows 7306, columns 7309 (N M C H A). Addenda are `appended`. */
const REPORT_TABLE: Record<string, string[]> = {
  S: ['registered', 'amended', 'cancelled', 'unknown', 'appended'],
  P: ['preliminary', 'amended', 'cancelled', 'unknown', 'appended'],
  F: ['final', 'amended', 'cancelled', 'unknown', 'appended'],
  A: ['appended', 'appended', 'cancelled', 'unknown', 'appended'],
};
/** Observation.status: rows 8245 ('' = none sent), columns 8270 (N M C H A). */
const ITEM_TABLE: Record<string, string[]> = {
  '': ['final', 'amended', 'cancelled', 'final', 'final'],
  '1': ['unknown', 'amended', 'cancelled', 'amended', 'unknown'],
  '2': ['preliminary', 'amended', 'cancelled', 'preliminary', 'preliminary'],
  '3': ['final', 'amended', 'cancelled', 'final', 'final'],
  '4': ['final', 'amended', 'cancelled', 'final', 'final'],
  '5': ['registered', 'unknown', 'cancelled', 'unknown', 'registered'],
  '6': ['registered', 'registered', 'cancelled', 'unknown', 'registered'],
  '7': ['registered', 'registered', 'cancelled', 'unknown', 'registered'],
  '8': ['preliminary', 'unknown', 'cancelled', 'unknown', 'preliminary'],
  '9': ['preliminary', 'unknown', 'cancelled', 'unknown', 'preliminary'],
  '10': ['preliminary', 'unknown', 'cancelled', 'unknown', 'preliminary'],
  '11': ['final', 'amended', 'cancelled', 'unknown', 'final'],
  '12': ['unknown', 'amended', 'cancelled', 'unknown', 'preliminary'],
  '13': ['final', 'amended', 'cancelled', 'unknown', 'final'],
  '14': ['unknown', 'unknown', 'cancelled', 'unknown', 'unknown'],
  '15': ['registered', 'registered', 'cancelled', 'final', 'registered'],
};
/** An item with no status of its own and no parent: the report's, in Observation terms. */
export const FROM_REPORT: Record<string, string> = { appended: 'final' };

export function reportStatusOf(servType: string, status: string): string {
  if (servType === 'C') return 'cancelled';
  return REPORT_TABLE[status]?.[SERV_TYPES.indexOf(servType)] ?? 'unknown';
}

export function itemStatusOf(servType: string, statusInvestigation: string): string {
  return ITEM_TABLE[statusInvestigation]?.[SERV_TYPES.indexOf(servType)] ?? 'unknown';
}
