import type { ReportFilter, ReportGrouping } from '@pps-kit/api-client';
import type { MessageOverrides } from '../shared/i18n';
import type { DataStateMessages } from '../shared/messages';
import type { LabResultsMessages } from './messages';

export type OverviewGrouping = ReportGrouping;

export interface LabResultsOverviewProps {
  /** Called with the report's id when the user opens a report. Rows get an open button only when set. */
  onReportOpen?: ((reportId: string) => void) | undefined;
  /**
   * How reports are grouped, held by the host: by sample month, or by fagområde. Give it with
   * `onGroupByChange`; leave it out and the overview holds the choice itself.
   */
  groupBy?: OverviewGrouping | undefined;
  /**
   * How reports are grouped at first, when the host does not hold it. The user can change it.
   * @default 'date'
   */
  defaultGroupBy?: OverviewGrouping | undefined;
  /** Called when the user changes the grouping (held by the host or not). */
  onGroupByChange?: ((groupBy: OverviewGrouping) => void) | undefined;
  /**
   * The filters, held by the host (fagområde, sample days, only findings): give it with
   * `onFilterChange`. Leave it out and the overview holds the filters itself.
   */
  filter?: ReportFilter | undefined;
  /** The filters at first, when the host does not hold them. @default no filter */
  defaultFilter?: ReportFilter | undefined;
  /** Called with the whole filter whenever the user changes one field or clears them. */
  onFilterChange?: ((filter: ReportFilter) => void) | undefined;
  /**
   * The report whose row takes focus once it is shown: pass the report the user just closed, so
   * that focus returns to the row it came from.
   */
  focusReportId?: string | undefined;
  /** Reports issued after this time are marked new (e.g. the clinician's last visit). */
  newSince?: string | Date | undefined;
  /**
   * Level of the overview's heading, to fit the host's document outline; group headings are one below.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | undefined;
  /**
   * Reports per page fetched from PPS; a long history shows page by page as it arrives.
   * @default 50
   */
  pageSize?: number | undefined;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<LabResultsMessages & DataStateMessages> | undefined;
  /**
   * Show the elevated-access banner here while elevated access is in force. Turn off when the host
   * shows one `<ElevatedAccessBanner />` of its own.
   * @default true
   */
  elevatedAccessBanner?: boolean | undefined;
  className?: string | undefined;
}
