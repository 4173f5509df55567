'use client';
/**
 * What the parts of a report share: the report, its text and the heading level, given once by
 * `LabReportParts.Root` (or `LabReportView`) through context, or to each part as props. A prop
 * wins over the context.
 */
import type { LabReport, Party } from '@pps-kit/api-client';
import { createContext, type ReactNode, useContext } from 'react';
import { usePpsContext } from '../../provider/pps-provider';
import type { MessageOverrides } from '../../shared/i18n';
import { useMessages } from '../../shared/use-messages';
import { LoadingTexts } from '../../shared/view-boundary';
import { type LabReportMessages, labReportMessages } from '../messages';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface PartProps {
  /** The report. Inside `LabReportParts.Root`: the Root's. */
  report?: LabReport | undefined;
  /** The text. Inside `LabReportParts.Root`: the Root's; else the provider locale's built-in text. */
  messages?: LabReportMessages | undefined;
  /**
   * The section's heading level.
   * @default one below the Root's report heading inside a Root; else 3
   */
  headingLevel?: HeadingLevel | undefined;
}

interface PartsContextValue {
  report: LabReport;
  messages: LabReportMessages;
  /** The level of the report's own heading; sections are one below. */
  headingLevel: 2 | 3 | 4 | 5;
}

const PartsContext = createContext<PartsContextValue | null>(null);

/** Gives the parts inside it their report, text and heading level, without an element of its own. */
export function PartsProvider({ value, children }: { value: PartsContextValue; children: ReactNode }) {
  return <PartsContext.Provider value={value}>{children}</PartsContext.Provider>;
}

export interface RootProps {
  /** The report the parts inside show. */
  report: LabReport;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<LabReportMessages> | undefined;
  /**
   * The level of the report's heading (`Header`); the sections are one below.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  className?: string | undefined;
  children: ReactNode;
}

/**
 * The report a host's own layout is built from: every `LabReportParts` part inside it reads the
 * report and text from here, so the parts need no props. Renders a `div.pps-root.pps-report`
 * (pps-kit's styles apply inside it) with `data-status` (the report status).
 *
 * ```tsx
 * <LabReportParts.Root report={report}>
 *   <LabReportParts.Results />
 *   <LabReportParts.Header />
 * </LabReportParts.Root>
 * ```
 */
export function Root({ report, messages, headingLevel = 2, className, children }: RootProps) {
  const { theme, locale, textsReady } = usePpsContext();
  const t = useMessages(labReportMessages, messages);
  if (!textsReady) return <LoadingTexts locale={locale} className={className} />;
  return (
    <div
      className={['pps-root pps-report', className].filter(Boolean).join(' ')}
      data-status={report.status}
      data-pps-theme={theme}
    >
      <PartsProvider value={{ report, messages: t, headingLevel }}>{children}</PartsProvider>
    </div>
  );
}

/** The report's text for parts that show no report of their own (`ResultDetails`). */
export function usePartMessages(messages: LabReportMessages | undefined): LabReportMessages {
  const root = useContext(PartsContext);
  const fallback = useMessages(labReportMessages);
  return messages ?? root?.messages ?? fallback;
}

/**
 * A part's report, text and heading level: its props, else the Root's. A part with neither a
 * report prop nor a Root around it is a host's mistake, said in words.
 */
export function usePart(
  props: PartProps,
  part: string,
  level: 'report' | 'section' = 'section',
): { report: LabReport; t: LabReportMessages; headingLevel: HeadingLevel } {
  const root = useContext(PartsContext);
  const t = usePartMessages(props.messages);
  const report = props.report ?? root?.report;
  if (!report) {
    throw new Error(`LabReportParts.${part} needs a report prop or a LabReportParts.Root`);
  }
  const rootLevel = root?.headingLevel ?? 2;
  const headingLevel =
    props.headingLevel ?? (level === 'report' ? rootLevel : ((rootLevel + 1) as HeadingLevel));
  return { report, t, headingLevel };
}

export const heading = (level: HeadingLevel) => `h${level}` as const;

export const partyText = (party: Party | undefined) =>
  party ? [party.person, party.organisation].filter(Boolean).join(', ') || undefined : undefined;

/** One label and value of a field list; nothing when there is no value. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === undefined || children === null || children === '') return null;
  return (
    <div className="pps-field-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A wide table's horizontal scroller. Focusable, so keyboard users can scroll it (WCAG 2.1.1);
 * named after its section.
 */
export function ScrollArea({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // A fieldset would be wrong here: this is a scroll container, named for screen readers.
    // biome-ignore lint/a11y/useSemanticElements: see above
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard
    <div className="pps-scroll" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
