/**
 * The overview's rules, apart from how they look: which reports a filter keeps, how reports group
 * by sample month or fagområde, what kind of report a row names, and what is new since a visit.
 */
import { osloDay } from '../shared/oslo-calendar';
import { FAGOMRADER, type Fagomrade, type LabReport } from './model';
import { hasFindings } from './truth';

/** What the overview's filter bar asks for. Empty or absent fields keep every report. */
export interface ReportFilter {
  /** Only reports of this fagområde. */
  fagomrade?: Fagomrade | '' | undefined;
  /** Sampled on or after this Oslo day (`YYYY-MM-DD`). */
  from?: string | undefined;
  /** Sampled on or before this Oslo day (`YYYY-MM-DD`). */
  to?: string | undefined;
  /** Only reports with findings: flags, growth, organisms, diagnoses, resistance; never void values. */
  onlyAbnormal?: boolean | undefined;
}

/**
 * The reports a filter keeps, in the order given. A report without a sample time is kept only
 * while no date bound is set: its day is unknown, so it is neither inside nor outside a range.
 */
export function filterReports(reports: readonly LabReport[], filter: ReportFilter): LabReport[] {
  return reports.filter((report) => {
    if (filter.fagomrade && report.fagomrade !== filter.fagomrade) return false;
    const day = report.sampleTime ? osloDay(report.sampleTime) : '';
    if (filter.from && (!day || day < filter.from)) return false;
    if (filter.to && (!day || day > filter.to)) return false;
    if (filter.onlyAbnormal && !hasFindings(report)) return false;
    return true;
  });
}

/** How the overview groups its reports. */
export type ReportGrouping = 'date' | 'expertise';

/** One group of reports: one sample month, or one fagområde. */
export interface ReportGroup {
  /** Stable key: the month (`YYYY-MM`), the fagområde, or `unknown`. */
  key: string;
  /** The group's fagområde, when grouped by fagområde; absent for reports that name none. */
  fagomrade?: Fagomrade;
  /** The group's Oslo month (`YYYY-MM`), when grouped by date; absent for reports without a sample time. */
  month?: string;
  reports: LabReport[];
}

/**
 * Reports in groups. By date: one group per Oslo sample month in the order the reports come (the
 * model sorts newest first), reports without a sample time in one group of their own. By
 * fagområde: in the order of FAGOMRADER, reports that name none last. Empty groups are left out.
 */
export function groupReports(reports: readonly LabReport[], by: ReportGrouping): ReportGroup[] {
  if (by === 'expertise') {
    const groups: ReportGroup[] = [];
    for (const fagomrade of FAGOMRADER) {
      const members = reports.filter((report) => report.fagomrade === fagomrade);
      if (members.length > 0) groups.push({ key: fagomrade, fagomrade, reports: members });
    }
    const none = reports.filter((report) => report.fagomrade === undefined);
    if (none.length > 0) groups.push({ key: 'unknown', reports: none });
    return groups;
  }
  const groups = new Map<string, ReportGroup>();
  for (const report of reports) {
    const month = report.sampleTime ? osloDay(report.sampleTime).slice(0, 7) : '';
    let group = groups.get(month);
    if (!group) {
      group = month ? { key: month, month, reports: [] } : { key: 'unknown', reports: [] };
      groups.set(month, group);
    }
    group.reports.push(report);
  }
  return [...groups.values()];
}

/**
 * What kind of report this is, as codes to name: `code` is its fagområde, else its report type
 * (8202); `type` is the report type as well, when there is a fagområde and the type says more
 * (HIST under PAT).
 */
export function reportKind(report: Pick<LabReport, 'fagomrade' | 'reportType'>): {
  code: string | undefined;
  type: string | undefined;
} {
  const type = report.reportType?.code;
  return {
    code: report.fagomrade ?? type,
    type: report.fagomrade !== undefined && type !== report.fagomrade ? type : undefined,
  };
}

/** Whether the lab issued the report after a time (ms since the epoch); never without both. */
export function isNewSince(report: Pick<LabReport, 'issued'>, since: number | undefined): boolean {
  // An issued time that is no time parses to NaN, which is never after anything.
  return Date.parse(report.issued ?? '') > (since ?? Number.POSITIVE_INFINITY);
}
