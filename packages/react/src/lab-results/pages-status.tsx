'use client';
import { type DataStateKind, HiddenNotice, IncompleteNotice, RefetchWarning } from '../shared/data-state';
import type { Locale } from '../shared/i18n';
import { LoadProgress } from '../shared/load-progress';
import type { DataStateMessages } from '../shared/messages';
import type { LabReportPages } from './use-lab-report-pages';

/**
 * What a view fed by the report pages shows instead of data, or `undefined` once there is data.
 * Hidden data, a stopped paging and a failed page are never "no results".
 */
export function pagesState(pages: LabReportPages, hasPatient: boolean): DataStateKind | undefined {
  if (!hasPatient) return { kind: 'no-patient' };
  if (pages.error) return { kind: 'error', error: pages.error, onRetry: pages.retry };
  if (pages.isPending || !pages.model) return { kind: 'loading' };
  const { privacy, hidden, reports } = pages.model;
  if (privacy.length > 0) return { kind: 'privacy', codes: privacy };
  if (reports.length > 0 || pages.pageError || pages.incomplete) return undefined;
  if (hidden.length > 0) return { kind: 'hidden', codes: hidden };
  return { kind: 'no-data' };
}

/**
 * Above a view's data: how far loading has come (or the page that failed), a refetch that
 * failed, paging that stopped early, and outcomes that say some data may be hidden.
 */
export function PagesStatus({
  pages,
  messages: t,
  locale,
}: {
  pages: LabReportPages;
  messages: DataStateMessages;
  locale: Locale;
}) {
  return (
    <>
      <LoadProgress
        progress={pages.progress}
        isLoadingMore={pages.isLoadingMore}
        pageError={pages.pageError}
        onRetry={pages.retry}
        messages={t}
      />
      <RefetchWarning
        error={pages.refetchError}
        updatedAt={pages.updatedAt}
        onRetry={pages.retry}
        messages={t}
        locale={locale}
      />
      <IncompleteNotice incomplete={pages.incomplete} messages={t} />
      <HiddenNotice codes={pages.model?.hidden ?? []} messages={t} />
    </>
  );
}
