'use client';
import type { ReactNode, RefObject } from 'react';
import { ElevatedAccessBanner } from '../access/elevated-access-banner';
import { usePpsContext } from '../provider/pps-provider';
import { DataState, type DataStateKind } from './data-state';
import type { ViewStateMessages } from './messages';

export interface ViewFrameProps<D extends { kind: 'data' }> {
  /** The view's class (`pps-overview`, `pps-flowsheet`, `pps-trend`), after `pps-root`. */
  view: string;
  className?: string | undefined;
  /** The id the heading takes; the section is labelled by it. */
  headingId: string;
  heading: ReactNode;
  headingLevel: 2 | 3 | 4;
  elevatedAccessBanner: boolean;
  /** Loading, no patient, hidden, failed or empty; `data` shows the children. */
  state: DataStateKind | D;
  messages: ViewStateMessages;
  rootRef?: RefObject<HTMLElement | null> | undefined;
  /** The view itself, rendered only when the state is `data`, given that state. */
  children: (data: D) => ReactNode;
}

/**
 * The frame the data views share: a labelled section with its heading, the elevated-access banner,
 * and the one state machine for what is not data (loading, privacy outcome, error, empty). The
 * state is on `data-state`, and `aria-busy` while loading.
 */
export function ViewFrame<D extends { kind: 'data' }>({
  view,
  className,
  headingId,
  heading,
  headingLevel,
  elevatedAccessBanner,
  state,
  messages,
  rootRef,
  children,
}: ViewFrameProps<D>) {
  const { theme } = usePpsContext();
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      ref={rootRef}
      className={['pps-root', view, className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      aria-busy={state.kind === 'loading'}
      data-state={state.kind}
      data-pps-theme={theme}
    >
      <Heading id={headingId} className="pps-heading">
        {heading}
      </Heading>
      {elevatedAccessBanner ? <ElevatedAccessBanner /> : null}
      {state.kind === 'data' ? (
        children(state as D)
      ) : (
        <DataState state={state as DataStateKind} messages={messages} />
      )}
    </section>
  );
}
