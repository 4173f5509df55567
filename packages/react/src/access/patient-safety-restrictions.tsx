'use client';
import {
  type ConfidentialObjectId,
  checkNewPatientSafetyRestriction,
  citizenVisibility,
  type NewPatientSafetyRestriction,
  type PatientSafetyRestriction,
  PpsValidationError,
  type ValidationIssue,
  WITHHOLD_CODES,
} from '@pps-kit/api-client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { DataState, errorText, RefetchWarning, refetchErrorOf, serviceState } from '../shared/data-state';
import { formatDate, formatDateTime, osloStartOfDay, osloToday } from '../shared/format';
import type { MessageOverrides } from '../shared/i18n';
import { type DataStateMessages, dataStateMessages, fill } from '../shared/messages';
import { useMergedMessages } from '../shared/use-messages';
import { ViewBoundary } from '../shared/view-boundary';
import { CitizenVisibilityNote } from './citizen-visibility';
import { type AccessMessages, accessMessages } from './messages';
import { safetyQuery, usePatientSafetyRestrictions } from './queries';

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
  messages?: MessageOverrides<AccessMessages & DataStateMessages> | undefined;
  className?: string | undefined;
}

type Kind = 'until' | 'days' | 'withhold';
type FieldName = 'kind' | 'delayDeliveryUntil' | 'delayDays' | 'confidentialityCode';

const FIELDS: readonly FieldName[] = ['kind', 'delayDeliveryUntil', 'delayDays', 'confidentialityCode'];

function effectText(restriction: PatientSafetyRestriction, t: AccessMessages, locale: 'nb' | 'nn' | 'en') {
  const visibility = citizenVisibility([restriction]);
  if (visibility.kind === 'withheld') return t.safetyWithheld;
  const days =
    restriction.delayDays !== undefined
      ? ` (${fill(t.safetyDaysShort, { days: restriction.delayDays })})`
      : '';
  if (visibility.kind === 'delayed') {
    return visibility.until
      ? `${fill(t.safetyDelayedUntil, { date: formatDate(visibility.until, locale) })}${days}`
      : `${t.codeLabels[restriction.confidentialityCode] ?? restriction.confidentialityCode}${days}`;
  }
  // No longer in force: say until when it was.
  const until = restriction.delayDeliveryUntil;
  if (until) return `${fill(t.safetyDelayedUntil, { date: formatDate(until, locale) })} (${t.safetyPassed})`;
  return restriction.delayDays !== undefined
    ? `${fill(t.safetyDelayDays, { days: restriction.delayDays })} (${t.safetyPassed})`
    : (t.codeLabels[restriction.confidentialityCode] ?? restriction.confidentialityCode);
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
  const { ptsClient, patient, locale, theme, queryClient, audit } = usePpsContext();
  const t = useMergedMessages(dataStateMessages, accessMessages, messages);
  const query = usePatientSafetyRestrictions(object);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<Kind | ''>('');
  const [until, setUntil] = useState('');
  const [days, setDays] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  const personId = patient?.personId ?? '';
  const mutation = useMutation(
    {
      mutationFn: (body: NewPatientSafetyRestriction) =>
        (ptsClient as NonNullable<typeof ptsClient>).createPatientSafetyRestriction(body),
      onSuccess: (created) => {
        void queryClient.invalidateQueries({
          queryKey: safetyQuery(ptsClient, personId, object).queryKey,
        });
        audit({
          type: 'patient-safety-restriction-created',
          personId,
          objectType: object.type,
          objectId: object.value,
          confidentialityCode: created.confidentialityCode,
          time: new Date().toISOString(),
        });
        setKind('');
        setUntil('');
        setDays('');
        setCode('');
        setSaved(true);
      },
      onError: (error) => {
        if (error instanceof PpsValidationError) show(error.issues);
        else setFormError(`${t.safetySaveFailed} ${errorText(error, t, 'pts')}`);
      },
    },
    queryClient,
  );

  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
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

  function show(issues: readonly ValidationIssue[]) {
    const next: Partial<Record<FieldName, string>> = {};
    const other: string[] = [];
    for (const issue of issues) {
      const field = FIELDS.find((name) => issue.path === name);
      if (field) next[field] ??= t.fieldErrors[field] ?? issue.message;
      else other.push(issue.message);
    }
    setErrors(next);
    setFormError(
      other.length > 0 ? fill(t.fieldErrors.other ?? '{message}', { message: other.join('; ') }) : undefined,
    );
    const first = FIELDS.find((name) => next[name]);
    if (first) {
      const target =
        first === 'kind'
          ? form.current?.querySelector<HTMLInputElement>('input[type="radio"]')
          : document.getElementById(`${id}-${first}`);
      target?.focus();
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!kind) {
      show([{ path: 'kind', code: 'required', message: 'choose' }]);
      return;
    }
    const body: NewPatientSafetyRestriction = {
      patientSafetyObject: { person: { offId: personId }, confidentialObjectId: object },
      confidentialityCode: kind === 'withhold' ? code : 'NORU',
      cause: 'Manual',
      ...(kind === 'until' ? { delayDeliveryUntil: until ? osloStartOfDay(until) : '' } : {}),
      ...(kind === 'days' ? { delayDays: days.trim() === '' ? Number.NaN : Number(days) } : {}),
    };
    // The same rules PTS applies, at each field, before anything is sent.
    const issues = checkNewPatientSafetyRestriction(body);
    if (kind === 'until' && !until)
      issues.push({ path: 'delayDeliveryUntil', code: 'required', message: '' });
    if (issues.length > 0) {
      show(issues);
      return;
    }
    setErrors({});
    setFormError(undefined);
    mutation.mutate(body);
  };

  const error = (field: FieldName) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="pps-field-error">
        {errors[field]}
      </p>
    ) : null;
  const invalid = (field: FieldName) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {};

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
        <form ref={form} className="pps-form" noValidate onSubmit={submit} aria-labelledby={`${id}-form`}>
          <SubHeading id={`${id}-form`} className="pps-subheading">
            {t.safetyFormHeading}
          </SubHeading>
          <fieldset className="pps-fieldset" {...invalid('kind')}>
            <legend>{t.safetyKind}</legend>
            {(
              [
                ['until', t.safetyKindUntil],
                ...(object.type === 'Rekvisisjon' ? [['days', t.safetyKindDays] as const] : []),
                ['withhold', t.safetyKindWithhold],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="pps-choice">
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={value}
                  checked={kind === value}
                  onChange={() => {
                    setKind(value);
                    setErrors({});
                  }}
                />
                <span>{label}</span>
              </label>
            ))}
            {error('kind')}
          </fieldset>
          {kind === 'until' ? (
            <div className="pps-form-field">
              <label htmlFor={`${id}-delayDeliveryUntil`}>{t.safetyUntilDate}</label>
              <input
                id={`${id}-delayDeliveryUntil`}
                type="date"
                min={osloToday()}
                value={until}
                onChange={(event) => setUntil(event.target.value)}
                {...invalid('delayDeliveryUntil')}
              />
              {error('delayDeliveryUntil')}
            </div>
          ) : null}
          {kind === 'days' ? (
            <div className="pps-form-field">
              <label htmlFor={`${id}-delayDays`}>{t.safetyDays}</label>
              <input
                id={`${id}-delayDays`}
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                value={days}
                onChange={(event) => setDays(event.target.value)}
                {...invalid('delayDays')}
              />
              {error('delayDays')}
            </div>
          ) : null}
          {kind === 'withhold' ? (
            <div className="pps-form-field">
              <label htmlFor={`${id}-confidentialityCode`}>{t.safetyWithholdReason}</label>
              <select
                id={`${id}-confidentialityCode`}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                {...invalid('confidentialityCode')}
              >
                <option value="">{t.safetyChoose}</option>
                {WITHHOLD_CODES.map((value) => (
                  <option key={value} value={value}>
                    {t.codeLabels[value] ?? value}
                  </option>
                ))}
              </select>
              {error('confidentialityCode')}
            </div>
          ) : null}
          {formError ? (
            <p className="pps-field-error" role="alert">
              {formError}
            </p>
          ) : null}
          <div className="pps-actions">
            <button type="submit" className="pps-button" disabled={mutation.isPending}>
              {mutation.isPending ? t.safetySaving : t.safetySubmit}
            </button>
          </div>
          <p className="pps-note" aria-live="polite">
            {saved ? t.safetySaved : ''}
          </p>
        </form>
      ) : null}
    </section>
  );
}
