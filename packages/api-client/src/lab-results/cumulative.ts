/**
 * The cumulative view ("kumulativ visning", flowsheet): analyses × sample times. One row per
 * analysis code and unit, grouped by fagområde; one column per sample time; each cell the value
 * with its flag, status, lab and report. Built in one pass, linear in the number of results.
 */
import type { NilarObservationStatus } from '../shared/fhir';
import type { Classification } from './classify';
import { FAGOMRADER, type Fagomrade, type LabReport, type LabResult, type LabValue } from './model';

export interface CumulativeCell {
  value: LabValue;
  classification: Classification;
  status: NilarObservationStatus;
  /** The reference range as the lab wrote it. */
  range: string | undefined;
  /** The performing lab. */
  lab: string | undefined;
  reportId: string;
  resultId: string;
  /** How many more results share this analysis and sample time (shown: the latest issued). */
  more: number;
}

export interface CumulativeColumn {
  /** The sample time (ISO 8601), as the lab sent it. */
  time: string;
  /** Milliseconds since the epoch, for sorting and windows. */
  at: number;
}

export interface CumulativeRow {
  /** `code|unit`: unique per row. */
  key: string;
  /** NLK code, or the lab's code, or the name where there is no code. */
  code: string;
  name: string;
  /** The unit exactly as sent; rows split when a lab sends another spelling. */
  unit: string;
  fagomrade: Fagomrade | undefined;
  /** Cells by column index (sparse). */
  cells: Map<number, CumulativeCell>;
  /** Whether any cell is outside its range (by the lab's flag or computed). */
  abnormal: boolean;
}

export interface CumulativeTable {
  columns: CumulativeColumn[];
  rows: CumulativeRow[];
  /** Rows grouped by fagområde, in FAGOMRADER order (results without one last). */
  groups: { fagomrade: Fagomrade | undefined; rows: CumulativeRow[] }[];
  /** Results counted into the table. */
  results: number;
}

export interface CumulativeOptions {
  /** @default 'newest-first' */
  order?: 'newest-first' | 'oldest-first';
  /** Only these fagområder. */
  fagomrader?: readonly Fagomrade[];
  /** Only analyses whose name or code contains this text (case-insensitive). */
  search?: string;
  /** Only samples from this time on (`2026-01-01` or ISO 8601, inclusive). */
  from?: string;
  /** Only samples until this time (a date includes its whole day). */
  to?: string;
  /** Only analyses with at least one result outside its range in the window. */
  onlyAbnormal?: boolean;
}

/** Long texts (pathology, radiology) and susceptibilities do not belong in a flowsheet. */
const SHORT_TEXT = 40;
const fits = (result: LabResult) =>
  !result.susceptibility &&
  result.value.kind !== 'none' &&
  !(
    result.value.kind === 'text' &&
    (result.value.text.length > SHORT_TEXT || result.value.text.includes('\n'))
  );

const bound = (value: string | undefined, end: boolean): number | undefined => {
  if (!value) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  // Dates are Oslo calendar days; +01:00 is close enough for a window, and never drops a day.
  const time = Date.parse(dateOnly ? `${value}T00:00:00+01:00` : value);
  if (Number.isNaN(time)) return undefined;
  return dateOnly && end ? time + 86_400_000 + 3_600_000 - 1 : time;
};

/** The code a row is keyed on: NLK, else the first code, else the name. */
export function codeOf(result: LabResult): string {
  if (result.nlk) return result.nlk;
  const coding = result.codes.find((c) => c.code);
  return coding ? `${coding.system ?? ''}|${coding.code}` : result.name;
}

/** The cumulative table of `reports` (from `toLabReports`), with filters applied. */
export function toCumulativeTable(
  reports: readonly LabReport[],
  options: CumulativeOptions = {},
): CumulativeTable {
  const from = bound(options.from, false);
  const to = bound(options.to, true);
  const search = options.search?.trim().toLocaleLowerCase('nb');
  const fagomrader =
    options.fagomrader && options.fagomrader.length > 0 ? new Set(options.fagomrader) : undefined;

  // Rows are collected as parallel arrays (original column, cell) and turned into maps once the
  // columns are sorted: one map insert per result, whatever the size.
  interface Collecting {
    row: CumulativeRow;
    columns: number[];
    cells: CumulativeCell[];
  }
  const rowsByCode = new Map<string, Map<string, Collecting>>();
  const collecting: Collecting[] = [];
  const columnIndex = new Map<number, number>();
  const columns: CumulativeColumn[] = [];
  // Results of one report mostly share its sample time: parse each time string once in a row.
  let lastTime: string | undefined;
  let lastColumn = -1;

  const columnOf = (time: string): number => {
    if (time === lastTime) return lastColumn;
    lastTime = time;
    const at = Date.parse(time);
    if (Number.isNaN(at) || (from !== undefined && at < from) || (to !== undefined && at > to)) {
      lastColumn = -1;
      return -1;
    }
    let column = columnIndex.get(at);
    if (column === undefined) {
      column = columns.length;
      columnIndex.set(at, column);
      columns.push({ time, at });
    }
    lastColumn = column;
    return column;
  };

  const add = (report: LabReport, result: LabResult, fagomrade: Fagomrade | undefined) => {
    const time = result.effective ?? report.sampleTime;
    if (!time) return;
    const column = columnOf(time);
    if (column < 0) return;
    const code = codeOf(result);
    if (
      search &&
      !result.name.toLocaleLowerCase('nb').includes(search) &&
      !code.toLocaleLowerCase('nb').includes(search)
    ) {
      return;
    }
    const unit = result.value.kind === 'quantity' ? (result.value.unit ?? '') : '';
    let byUnit = rowsByCode.get(code);
    if (!byUnit) {
      byUnit = new Map();
      rowsByCode.set(code, byUnit);
    }
    let entry = byUnit.get(unit);
    if (!entry) {
      const row: CumulativeRow = {
        key: `${code}|${unit}`,
        code,
        name: result.name,
        unit,
        fagomrade,
        cells: new Map(),
        abnormal: false,
      };
      entry = { row, columns: [], cells: [] };
      byUnit.set(unit, entry);
      collecting.push(entry);
    }
    entry.columns.push(column);
    entry.cells.push({
      value: result.value,
      classification: result.classification,
      status: result.status,
      range: result.range.text,
      lab: report.lab?.organisation,
      reportId: report.id,
      resultId: result.id,
      more: 0,
    });
    const c = result.classification.class;
    if (c !== 'normal' && c !== 'unknown') entry.row.abnormal = true;
  };

  const walk = (report: LabReport, result: LabResult, fagomrade: Fagomrade | undefined) => {
    if (fits(result)) add(report, result, fagomrade);
    for (const member of result.members) walk(report, member, fagomrade);
  };

  for (const report of reports) {
    if (fagomrader && (!report.fagomrade || !fagomrader.has(report.fagomrade))) continue;
    for (const result of report.results) walk(report, result, report.fagomrade);
  }

  // Columns in time order; cells go to the new positions.
  const order = columns.map((column, index) => ({ column, index }));
  order.sort((a, b) =>
    options.order === 'oldest-first' ? a.column.at - b.column.at : b.column.at - a.column.at,
  );
  const position = new Array<number>(columns.length);
  order.forEach(({ index }, newIndex) => {
    position[index] = newIndex;
  });
  const rows: CumulativeRow[] = [];
  for (const entry of collecting) {
    if (options.onlyAbnormal && !entry.row.abnormal) continue;
    const cells = entry.row.cells;
    for (let i = 0; i < entry.cells.length; i += 1) {
      const at = position[entry.columns[i] as number] as number;
      const existing = cells.get(at);
      // Same analysis, same sample time: keep the latest issued (reports come newest first).
      if (existing) existing.more += 1;
      else cells.set(at, entry.cells[i] as CumulativeCell);
    }
    rows.push(entry.row);
  }

  // Keep only columns that still have a cell after the row filters.
  const used = new Set<number>();
  for (const row of rows) for (const index of row.cells.keys()) used.add(index);
  const sortedColumns = order.map(({ column }) => column);
  let finalColumns = sortedColumns;
  if (used.size < sortedColumns.length) {
    const remap = new Map<number, number>();
    finalColumns = [];
    sortedColumns.forEach((column, index) => {
      if (used.has(index)) {
        remap.set(index, finalColumns.length);
        finalColumns.push(column);
      }
    });
    for (const row of rows) {
      const moved = new Map<number, CumulativeCell>();
      for (const [index, cell] of row.cells) moved.set(remap.get(index) as number, cell);
      row.cells = moved;
    }
  }

  const groupOrder = [...FAGOMRADER, undefined];
  const groups = groupOrder
    .map((fagomrade) => ({ fagomrade, rows: rows.filter((row) => row.fagomrade === fagomrade) }))
    .filter((group) => group.rows.length > 0);

  return {
    columns: finalColumns,
    rows: groups.flatMap((group) => group.rows),
    groups,
    results: rows.reduce((sum, row) => sum + row.cells.size, 0),
  };
}
