/**
 * Every cell of NILAR's status tables (mapping.md "DiagnosticReport.Status", "Observation.Status"),
 * compared with the oracle's restatement of them, written apart from the converter's.
 */
import { describe, expect, it } from 'vitest';
import { itemStatusOf, reportStatusOf } from './oracle/message-facts';
import { observationStatus, observationStatusFromReport, reportStatus } from './status';

const SERV_TYPES = ['N', 'M', 'C', 'H', 'A', 'X'];
const REPORT_STATUSES = ['S', 'P', 'F', 'A', 'TEST'];
const ITEM_STATUSES = ['', ...Array.from({ length: 15 }, (_, i) => String(i + 1)), '0', '16', '99'];

describe('DiagnosticReport.status, ServType × Status', () => {
  it.each(SERV_TYPES.flatMap((servType) => REPORT_STATUSES.map((status) => [servType, status] as const)))(
    'ServType %s, Status %s',
    (servType, status) => {
      expect(reportStatus(servType, status)).toBe(reportStatusOf(servType, status));
    },
  );

  it('says what the table says for the cells a clinician meets most', () => {
    expect(reportStatus('N', 'F')).toBe('final');
    expect(reportStatus('N', 'P')).toBe('preliminary');
    expect(reportStatus('M', 'P')).toBe('amended');
    expect(reportStatus('C', 'TEST')).toBe('cancelled');
    expect(reportStatus('H', 'F')).toBe('unknown');
    expect(reportStatus('A', 'F')).toBe('appended');
  });
});

describe('Observation.status, ResultItem ServType × StatusInvestigation', () => {
  it.each(SERV_TYPES.flatMap((servType) => ITEM_STATUSES.map((status) => [servType, status] as const)))(
    'ServType %s, StatusInvestigation "%s"',
    (servType, status) => {
      expect(observationStatus(servType, status === '' ? undefined : status)).toBe(
        itemStatusOf(servType, status),
      );
    },
  );

  it('gives the rows NILAR leaves "Ukjent" as unknown, never a guess', () => {
    expect(observationStatus('N', '1')).toBe('unknown');
    expect(observationStatus('N', '12')).toBe('unknown');
    expect(observationStatus('N', '14')).toBe('unknown');
    expect(observationStatus('M', '1')).toBe('amended');
    expect(observationStatus('A', '12')).toBe('preliminary');
    expect(observationStatus('H', '15')).toBe('final');
    expect(observationStatus('C', '14')).toBe('cancelled');
  });

  it.each([
    ['registered', 'registered'],
    ['partial', 'preliminary'],
    ['preliminary', 'preliminary'],
    ['final', 'final'],
    ['amended', 'amended'],
    ['corrected', 'corrected'],
    ['appended', 'final'],
    ['cancelled', 'cancelled'],
    ['entered-in-error', 'entered-in-error'],
    ['unknown', 'unknown'],
  ] as const)('an item with no status of its own in a %s report is %s', (report, item) => {
    expect(observationStatusFromReport(report)).toBe(item);
  });
});
