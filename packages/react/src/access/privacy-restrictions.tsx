'use client';
import { type PatientPrivacyRestriction, ppsPrivacyRestrictions } from '@pps-kit/api-client';
import { useId } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { DataState, RefetchWarning, refetchErrorOf, serviceState } from '../shared/data-state';
import { formatDate } from '../shared/format';
import type { Locale, MessageOverrides } from '../shared/i18n';
import { fill, type ViewStateMessages, viewStateMessages } from '../shared/messages';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';
import { type AccessRestrictionsMessages, accessRestrictionsMessages } from './messages';
import { usePatientPrivacyRestrictions } from './queries';

export interface PrivacyRestrictionsProps {
  /**
   * Level of the heading; each restriction's is one below.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<AccessRestrictionsMessages & ViewStateMessages> | undefined;
  className?: string | undefined;
}

/** Names found in an undocumented scope object (pps-api.md Q13): any `name` or `display`, kept as sent. */
function namesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) namesIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'name' || key === 'display') && typeof inner === 'string') found.push(inner);
      else if (typeof inner === 'object') namesIn(inner, found);
    }
  }
  return found;
}

function periodText(
  restriction: PatientPrivacyRestriction,
  t: AccessRestrictionsMessages,
  locale: Locale,
): string {
  const ranges = restriction.timeRanges ?? [];
  if (ranges.length === 0) return t.privacyAlways;
  return ranges
    .map(({ from, to }) => {
      const f = from ? formatDate(from, locale) : undefined;
      const u = to ? formatDate(to, locale) : undefined;
      if (f && u) return fill(t.privacyBetween, { from: f, to: u });
      if (f) return fill(t.privacyFrom, { from: f });
      if (u) return fill(t.privacyTo, { to: u });
      return t.privacyAlways;
    })
    .join('; ');
}

/**
 * The patient's own privacy restrictions in PTS that concern PPS, read-only: block (set by the
 * patient) or shield (set by personnel for the patient), whether it can be lifted in an emergency,
 * whom it applies to, and when.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <PrivacyRestrictions headingLevel={2} />
 * </PpsProvider>
 * ```
 */
export function PrivacyRestrictions(props: PrivacyRestrictionsProps) {
  return (
    <ViewBoundary className={props.className}>
      <PrivacyRestrictionsBody {...props} />
    </ViewBoundary>
  );
}

function PrivacyRestrictionsBody({ headingLevel = 3, messages, className }: PrivacyRestrictionsProps) {
  const { ptsClient, patient, locale, theme } = usePpsContext();
  const t = useMergedMessages(viewStateMessages, accessRestrictionsMessages, messages);
  const query = usePatientPrivacyRestrictions();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const ItemHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';

  const pending = serviceState(query, {
    hasPatient: patient !== null,
    connected: ptsClient !== undefined,
    service: 'pts',
    notConfigured: t.notConfigured,
    loading: t.ptsLoading,
    errorTitle: t.ptsErrorTitle,
  });
  const warning = (
    <RefetchWarning
      error={refetchErrorOf(query)}
      updatedAt={query.dataUpdatedAt}
      onRetry={() => void query.refetch()}
      messages={t}
      service="pts"
      locale={locale}
    />
  );
  let content: React.ReactNode;
  if (pending) content = <DataState state={pending} messages={t} />;
  else {
    const restrictions = ppsPrivacyRestrictions(query.data ?? []);
    content =
      restrictions.length === 0 ? (
        <p className="pps-note">{t.privacyNone}</p>
      ) : (
        <ul className="pps-list">
          {restrictions.map((restriction, index) => {
            const names = namesIn(restriction.subjectScope);
            const who =
              restriction.subjectScope.type === 'Specified'
                ? [t.privacySpecified, names.join(', ')].filter(Boolean).join(': ')
                : t.privacyAllPersonnel;
            return (
              <li
                key={restriction.id ?? index}
                className="pps-card"
                data-privacy-type={restriction.privacyType}
              >
                <ItemHeading className="pps-subheading">
                  <span aria-hidden="true">⊘ </span>
                  {t.privacyTypeLabels[restriction.privacyType] ?? restriction.privacyType}
                </ItemHeading>
                <p>{t.privacyLevelLabels[restriction.privacyLevel] ?? restriction.privacyLevel}</p>
                <dl className="pps-fields">
                  <div className="pps-field-row">
                    <dt>{t.privacyWho}</dt>
                    <dd>{who}</dd>
                  </div>
                  <div className="pps-field-row">
                    <dt>{t.privacyWhat}</dt>
                    <dd>
                      {restriction.objectScope.type === 'All'
                        ? t.privacyAllResults
                        : restriction.objectScope.type}
                    </dd>
                  </div>
                  <div className="pps-field-row">
                    <dt>{t.privacyWhen}</dt>
                    <dd>{periodText(restriction, t, locale)}</dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      );
  }

  return (
    <section
      className={['pps-root pps-privacy', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-heading`}
      data-pps-theme={theme}
    >
      <Heading id={`${id}-heading`} className="pps-subheading">
        {t.privacyHeading}
      </Heading>
      {pending ? null : warning}
      {content}
    </section>
  );
}
