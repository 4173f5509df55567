'use client';
import type { ConfidentialObjectId } from '@pps-kit/api-client';
import { useId } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { DataState, RefetchWarning, refetchErrorOf, serviceState } from '../shared/data-state';
import { formatDateTime } from '../shared/format';
import type { MessageOverrides } from '../shared/i18n';
import { type ViewStateMessages, viewStateMessages } from '../shared/messages';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';
import { CitizenVisibilityNote } from './citizen-visibility';
import { type AccessMessages, accessRestrictionsMessages } from './messages';
import { usePatientSafetyRestrictions } from './queries';
import { SafetyRestrictionForm } from './safety-restriction-form';
import { effectText } from './safety-words';

export interface PatientSafetyRestrictionsProps {
  /** The report (`Svarrapport`, the DiagnosticReport's id) or requisition (`Rekvisisjon`). */
  object: ConfidentialObjectId;
  /**
   * Show the form that creates a restriction.
   * @default true
   */
  allowCreate?: boolean | undefined;
  /**
   * Level of the heading; the form's is one below.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | undefined;
  /**
   * Say when the patient sees the object. Turn off beside a `LabReportView` of the same report,
   * which says it once for the report and its requisition.
   * @default true
   */
  showVisibility?: boolean | undefined;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<AccessMessages & ViewStateMessages> | undefined;
  className?: string | undefined;
}

/**
 * The patient-safety restrictions on one report or requisition: whether and until when the
 * patient's own access on Helsenorge is delayed or denied, by which code, cause and time; and a
 * form that creates one (delay to a date, delay by days for requisitions, or deny), checked by the
 * rules PTS applies, with an error at each field.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <PatientSafetyRestrictions object={{ type: 'Svarrapport', value: reportId }} />
 * </PpsProvider>
 * ```
 */
export function PatientSafetyRestrictions(props: PatientSafetyRestrictionsProps) {
  return (
    <ViewBoundary className={props.className}>
      <PatientSafetyRestrictionsBody {...props} />
    </ViewBoundary>
  );
}

function PatientSafetyRestrictionsBody({
  object,
  allowCreate = true,
  headingLevel = 3,
  messages,
  className,
  showVisibility = true,
}: PatientSafetyRestrictionsProps) {
  const { ptsClient, patient, locale, theme } = usePpsContext();
  const t = useMergedMessages(viewStateMessages, accessRestrictionsMessages, messages);
  const query = usePatientSafetyRestrictions(object);
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const rootClass = ['pps-root pps-safety', className].filter(Boolean).join(' ');

  const pending = serviceState(query, {
    hasPatient: patient !== null,
    connected: ptsClient !== undefined,
    service: 'pts',
    notConfigured: t.notConfigured,
    loading: t.ptsLoading,
    errorTitle: t.ptsErrorTitle,
  });
  if (pending?.kind === 'no-patient' || pending?.kind === 'not-configured') {
    return (
      <section className={rootClass} aria-labelledby={`${id}-heading`} data-pps-theme={theme}>
        <Heading id={`${id}-heading`} className="pps-subheading">
          {t.safetyHeading}
        </Heading>
        <DataState state={pending} messages={t} />
      </section>
    );
  }

  const restrictions = query.data ?? [];
  return (
    <section className={rootClass} aria-labelledby={`${id}-heading`} data-pps-theme={theme}>
      <Heading id={`${id}-heading`} className="pps-subheading">
        {t.safetyHeading}
      </Heading>
      {pending ? (
        <DataState state={pending} messages={t} />
      ) : (
        <>
          <RefetchWarning
            error={refetchErrorOf(query)}
            updatedAt={query.dataUpdatedAt}
            onRetry={() => void query.refetch()}
            messages={t}
            service="pts"
            locale={locale}
          />
          {showVisibility ? <CitizenVisibilityNote object={object} messages={messages} /> : null}
          {restrictions.length === 0 ? (
            <p className="pps-note">{t.safetyNone}</p>
          ) : (
            <table className="pps-table">
              <thead>
                <tr>
                  <th scope="col">{t.safetyEffect}</th>
                  <th scope="col">{t.safetyCode}</th>
                  <th scope="col">{t.safetyCause}</th>
                  <th scope="col">{t.safetyCreated}</th>
                </tr>
              </thead>
              <tbody>
                {restrictions.map((restriction, index) => (
                  <tr key={restriction.id ?? index}>
                    <td data-label={t.safetyEffect}>{effectText(restriction, t, locale)}</td>
                    <td data-label={t.safetyCode}>
                      {t.codeLabels[restriction.confidentialityCode] ?? restriction.confidentialityCode} (
                      {restriction.confidentialityCode})
                    </td>
                    <td data-label={t.safetyCause}>
                      {restriction.cause ? (t.causeLabels[restriction.cause] ?? restriction.cause) : ''}
                    </td>
                    <td data-label={t.safetyCreated}>
                      {restriction.createdTime ? formatDateTime(restriction.createdTime, locale) : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {allowCreate ? (
        <SafetyRestrictionForm object={object} headingLevel={(headingLevel + 1) as 3 | 4 | 5} t={t} />
      ) : null}
    </section>
  );
}
