'use client';
/** The form that creates a patient-safety restriction in PTS, checked by PTS's own rules first. */
import {
  type ConfidentialObjectId,
  checkNewPatientSafetyRestriction,
  type NewPatientSafetyRestriction,
  PpsValidationError,
  type ValidationIssue,
  WITHHOLD_CODES,
} from '@pps-kit/api-client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { errorText } from '../shared/data-state';
import { osloStartOfDay, osloToday } from '../shared/format';
import { fill, type ViewStateMessages } from '../shared/messages';
import type { AccessRestrictionsMessages } from './messages';
import { safetyQuery } from './queries';

type Kind = 'until' | 'days' | 'withhold';
type FieldName = 'kind' | 'delayDeliveryUntil' | 'delayDays' | 'confidentialityCode';

const FIELDS: readonly FieldName[] = ['kind', 'delayDeliveryUntil', 'delayDays', 'confidentialityCode'];

/**
 * Creates a restriction on `object` for the open patient: until a date, for some days (a
 * requisition), or withheld with a reason. Each field is checked as PTS checks it before anything is
 * sent; errors are shown at their field, and focus goes to the first.
 */
export function SafetyRestrictionForm({
  object,
  headingLevel,
  t,
}: {
  object: ConfidentialObjectId;
  /** The form's heading level. */
  headingLevel: 3 | 4 | 5;
  t: AccessRestrictionsMessages & ViewStateMessages;
}) {
  const { ptsClient, patient, queryClient, audit } = usePpsContext();
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

  const SubHeading = `h${headingLevel}` as const;

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

  return (
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
  );
}
