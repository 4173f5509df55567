/**
 * The cumulative view ("kumulativ visning", flowsheet): analyses × sample times. One row per
 * analysis code and unit, grouped by fagområde; one column per sample time; each cell the value
 * with its flag, status, lab and report. Linear in the number of results: it reads the compact
 * flowsheet facts a `FlowsheetIndex` records for the reports (see `flowsheet-facts.ts`) in
 * two passes, one to size the rows and find the sample times that have a result, one to place
 * each result in its row. Each row keeps one number per cell; reports that come newest first need
 * no sorting, others get a counting sort. A cell's object is built only when the cell is read.
 */

import type { NilarObservationStatus } from '../shared/fhir';
import type { Classification } from './classify';
import { dropEmptyColumns, RowCells, reorderCells } from './cumulative-cells';
import { columnsOf, countResults, placeResults, Scan } from './cumulative-scan';
import { FlowsheetIndex, type SampleTime } from './flowsheet-facts';
import { FAGOMRADER, type Fagomrade, type LabReport, type LabValue } from './model';

export { codeOf, FlowsheetIndex } from './flowsheet-facts';

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
  /** Cancelled or entered in error (the result or its report): shown struck through, never used. */
  void: boolean;
}

/**
 * A row's cells by column index: read like a `ReadonlyMap`. Iteration goes in column order. A
 * cell's object is built the first time it is read, and the same object is returned after that.
 */
export interface CumulativeCells extends Iterable<[number, CumulativeCell]> {
  /** How many columns have a cell in this row. */
  readonly size: number;
  get(column: number): CumulativeCell | undefined;
  has(column: number): boolean;
  /** Column indexes with a cell, ascending. */
  keys(): IterableIterator<number>;
  values(): IterableIterator<CumulativeCell>;
  entries(): IterableIterator<[number, CumulativeCell]>;
}

/** A sample time. Frozen: tables over the same reports share their column objects. */
export type CumulativeColumn = SampleTime;

export interface CumulativeRow {
  /** `code|unit`: unique per row. */
  key: string;
  /** NLK code, or the lab's code, or the name where there is no code. */
  code: string;
  name: string;
  /**
   * The unit as the newest result sent it. Spellings of one unit ("µmol/L", "umol/l") share a row;
   * another unit is another row.
   */
  unit: string;
  fagomrade: Fagomrade | undefined;
  /** Cells by column index (sparse). */
  cells: CumulativeCells;
  /**
   * Whether any cell is a finding: outside its range (by the lab's flag or computed), positive or
   * resistant. Cancelled and entered-in-error values never count.
   */
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

/**
 * The cumulative table of `reports` (from `toLabReports`), with filters applied. Pass the same
 * `index` to every table over one patient's reports (a filter change, a new page): what it has
 * recorded is read again, and only reports it has not met are recorded.
 */
export function toCumulativeTable(
  reports: readonly LabReport[],
  options: CumulativeOptions = {},
  index: FlowsheetIndex = new FlowsheetIndex(),
): CumulativeTable {
  const fagomrader =
    options.fagomrader && options.fagomrader.length > 0 ? new Set(options.fagomrader) : undefined;
  const shown = fagomrader
    ? reports.filter((report) => report.fagomrade !== undefined && fagomrader.has(report.fagomrade))
    : reports;
  // Located before the row keys are counted: reports the index has not met add theirs now.
  const scan = new Scan(index.locate(shown), options, index);

  // First pass: the results each row key will hold, and the sample times that have a result.
  const resultsOfKey = countResults(scan);
  const columns = columnsOf(scan, options.order === 'oldest-first');
  // Second pass: each result into its row. Rows whose cells came out of column order (reports
  // not newest first, or the table oldest first) have them put in order.
  const { rows: building, inOrder } = placeResults(scan, resultsOfKey);
  if (!inOrder) reorderCells(building, columns.length, scan);

  const kept = options.onlyAbnormal ? building.filter((row) => row.abnormal) : building;
  const rows: CumulativeRow[] = kept.map((row) => {
    const { code, unit } = index.rowKey(row.keyId);
    return {
      key: `${code}|${unit}`,
      code,
      name: row.name,
      unit: row.unit,
      fagomrade: row.fagomrade,
      cells: new RowCells(row.cells, scan),
      abnormal: row.abnormal,
    };
  });
  const groups: CumulativeTable['groups'] = [];
  for (const fagomrade of [...FAGOMRADER, undefined]) {
    const inGroup = rows.filter((row) => row.fagomrade === fagomrade);
    if (inGroup.length > 0) groups.push({ fagomrade, rows: inGroup });
  }

  return {
    columns: kept.length < building.length ? dropEmptyColumns(columns, kept, scan) : columns,
    rows: groups.flatMap((group) => group.rows),
    groups,
    results: rows.reduce((sum, row) => sum + row.cells.size, 0),
  };
}
