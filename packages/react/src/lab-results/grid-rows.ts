/** The flowsheet grid's rows and measures: plain data for the grid to render. */
import type { CumulativeRow, CumulativeTable } from '@pps-kit/api-client';
import type { LabResultsMessages } from './messages';

export const ROW_HEIGHT = 36;
export const HEADER_HEIGHT = 52;
export const COLUMN_WIDTH = 108;
/** The analysis column: 240 px, or less than half of a narrow grid (a phone, 400 % zoom). */
export const firstWidth = (gridWidth: number) => Math.round(Math.min(240, Math.max(112, gridWidth * 0.45)));

export type GridRow =
  | { kind: 'group'; key: string; label: string }
  | { kind: 'data'; key: string; row: CumulativeRow };

/** The grid's rows in order: each fagområde's heading, then its analyses. */
export const gridRows = (table: CumulativeTable, t: LabResultsMessages): GridRow[] =>
  table.groups.flatMap((group) => [
    {
      kind: 'group' as const,
      key: `group-${group.fagomrade ?? 'other'}`,
      label: group.fagomrade ? (t.expertiseLabels[group.fagomrade] ?? group.fagomrade) : t.unknownExpertise,
    },
    ...group.rows.map((row) => ({ kind: 'data' as const, key: row.key, row })),
  ]);
