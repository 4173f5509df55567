'use client';
import { Component, type ReactNode } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { patientQueryKey } from '../provider/query-client';
import type { Locale } from './i18n';
import { type ViewStateMessages, viewStateMessages } from './messages';
import { useMessages } from './use-messages';

interface BoundaryProps {
  children: ReactNode;
  /** A new patient starts afresh. */
  resetKey: string;
  messages: ViewStateMessages;
  onRetry: () => void;
  className?: string | undefined;
}

interface BoundaryState {
  failed: boolean;
  resetKey: string;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  // No componentDidCatch logging: the error may quote the answer, and patient data never goes to a log.

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = this.props.messages;
    return (
      <div
        className={['pps-root pps-state', this.props.className].filter(Boolean).join(' ')}
        data-state="view-error"
        role="alert"
      >
        <p className="pps-state__title">{t.viewErrorTitle}</p>
        <p>{t.viewError}</p>
        <button
          type="button"
          className="pps-button"
          onClick={() => {
            this.props.onRetry();
            this.setState({ failed: false });
          }}
        >
          {t.retry}
        </button>
      </div>
    );
  }
}

/**
 * In place of a view or a part while its locale's texts are on their way (a few milliseconds),
 * rather than bokmål for a moment. Use `useTextsReady` to know when.
 */
export function LoadingTexts({ locale, className }: { locale: Locale; className?: string | undefined }) {
  return (
    <div
      className={['pps-root pps-state', className].filter(Boolean).join(' ')}
      data-state="loading-texts"
      role="status"
      aria-busy="true"
      lang={locale}
    >
      {locale === 'en' ? 'Loading …' : 'Lastar …'}
    </div>
  );
}

/**
 * Every data view renders inside one: an answer the view cannot render shows a localized error
 * with a retry in place of the view, and never takes down the host application. Retry asks PPS
 * again for the open patient.
 */
export function ViewBoundary({
  children,
  className,
}: {
  children: ReactNode;
  className?: string | undefined;
}) {
  const { patient, queryClient, locale, textsReady } = usePpsContext();
  const t = useMessages(viewStateMessages);
  const personId = patient?.personId ?? '';
  if (!textsReady) return <LoadingTexts locale={locale} className={className} />;
  return (
    <Boundary
      resetKey={personId}
      messages={t}
      className={className}
      onRetry={() => void queryClient.invalidateQueries({ queryKey: patientQueryKey(personId) })}
    >
      {children}
    </Boundary>
  );
}
