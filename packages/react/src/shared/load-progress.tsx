'use client';
import { DataState } from './data-state';
import { type DataStateMessages, fill } from './messages';

export interface LoadProgressProps {
  progress: { loaded: number; total: number | undefined };
  isLoadingMore: boolean;
  pageError: unknown;
  onRetry: () => void;
  messages: DataStateMessages;
}

/**
 * How far a long history has come, while the rest loads; and, if a page failed, the error with a
 * retry that keeps what is already loaded.
 */
export function LoadProgress({
  progress,
  isLoadingMore,
  pageError,
  onRetry,
  messages: t,
}: LoadProgressProps) {
  if (pageError) {
    return (
      <div className="pps-page-error">
        <DataState
          state={{ kind: 'error', error: pageError, onRetry, title: t.pageErrorTitle }}
          messages={t}
        />
        <p className="pps-note">{fill(t.pageError, { loaded: progress.loaded })}</p>
      </div>
    );
  }
  if (!isLoadingMore) return null;
  const text =
    progress.total === undefined
      ? fill(t.progressUnknown, { loaded: progress.loaded })
      : fill(t.progress, { loaded: progress.loaded, total: progress.total });
  return (
    <div className="pps-progress" role="status">
      <span>{text}</span>{' '}
      <progress
        value={progress.loaded}
        {...(progress.total !== undefined ? { max: progress.total } : {})}
        aria-hidden="true"
      />
    </div>
  );
}
