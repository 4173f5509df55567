'use client';
import { ELEVATED_ACCESS_BASES, type ElevatedAccessBasis, MIN_REASON_LENGTH } from '@pps-kit/api-client';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import type { MessageOverrides } from '../shared/i18n';
import { fill } from '../shared/messages';
import { useMessages } from '../shared/use-messages';
import { type AccessMessages, accessMessages } from './messages';

export interface ElevatedAccessDialogProps {
  /** Whether the dialog is open. */
  open: boolean;
  /** Called when the dialog closes: cancelled, Escape, or access given. */
  onClose: () => void;
  /** Replace any built-in text, per locale. */
  messages?: MessageOverrides<AccessMessages> | undefined;
}

type Field = 'basis' | 'reason' | 'confirm';

/**
 * Opens a General block (sperring) for the open patient: the clinician chooses the basis (the
 * patient's consent or an emergency), gives a reason, and confirms that the access is logged and
 * shown to the patient on Helsenorge. Then every view fetches its data again with the elevated
 * access basis, and `onAuditEvent` receives `elevated-access-started`.
 *
 * Embed it inside `<PpsProvider>` (it gives the clients, the patient, locale and theme), with
 * `import '@pps-kit/react/styles.css'` once in the host:
 *
 * ```tsx
 * <PpsProvider client={pps} ptsClient={pts} parekClient={parek} patient={patient} locale="nb">
 *   <ElevatedAccessDialog open={open} onClose={() => setOpen(false)} />
 * </PpsProvider>
 * ```
 */
export function ElevatedAccessDialog({ open, onClose, messages }: ElevatedAccessDialogProps) {
  const { startElevatedAccess, theme } = usePpsContext();
  const t = useMessages(accessMessages, messages);
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [basis, setBasis] = useState<ElevatedAccessBasis | ''>('');
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [submitted, setSubmitted] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    // Where focus was when the dialog opened (its trigger): it goes back there when it closes.
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // A modal dialog: focus moves in, the page behind is inert, Escape cancels.
    if (typeof element.showModal === 'function') {
      if (!element.open) element.showModal();
    } else {
      element.setAttribute('open', '');
    }
    return () => {
      if (typeof element.close === 'function' && element.open) element.close();
      // Escape, Avbryt or done: back to the trigger, or where the view lets focus rest if the
      // trigger is gone (access was given and the notice replaced by the results).
      if (trigger?.isConnected) trigger.focus();
    };
  }, [open]);

  if (!open) return null;

  const errors: Partial<Record<Field, string>> = {};
  if (!basis) errors.basis = t.errorBasis;
  if (reason.trim().length < MIN_REASON_LENGTH)
    errors.reason = fill(t.errorReason, { min: MIN_REASON_LENGTH });
  if (!confirmed) errors.confirm = t.errorConfirm;
  const shown = submitted ? errors : {};
  const fieldId = (field: Field) => `${id}-${field}`;

  const close = () => {
    setSubmitted(false);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const first = (['basis', 'reason', 'confirm'] as const).find((field) => errors[field]);
    if (first || !basis) {
      // Take the clinician to the first thing to correct.
      const target =
        first === 'basis'
          ? dialog.current?.querySelector<HTMLInputElement>(`input[name="${id}-basis"]`)
          : document.getElementById(fieldId(first ?? 'basis'));
      target?.focus();
      return;
    }
    startElevatedAccess({ basis, reason: reason.trim() });
    setBasis('');
    setReason('');
    setConfirmed(false);
    close();
  };

  const describedBy = (field: Field, hint?: string) =>
    [hint, shown[field] ? `${fieldId(field)}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const errorText = (field: Field) =>
    shown[field] ? (
      <p id={`${fieldId(field)}-error`} className="pps-field-error">
        {shown[field]}
      </p>
    ) : null;
  const hints: Record<ElevatedAccessBasis, [string, string]> = {
    FORHOYET_SAMTYKKE: [t.elevateConsent, t.elevateConsentHint],
    FORHOYET_AKUTT: [t.elevateEmergency, t.elevateEmergencyHint],
  };
  const errorList = Object.values(shown);

  return (
    <dialog
      ref={dialog}
      className="pps-root pps-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      data-pps-theme={theme}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <form noValidate onSubmit={submit}>
        <h2 id={`${id}-title`} className="pps-heading">
          {t.elevateTitle}
        </h2>
        <p id={`${id}-intro`}>{t.elevateIntro}</p>
        {errorList.length > 0 ? (
          <div className="pps-error-summary" role="alert">
            <p className="pps-state__title">{t.errorSummary}</p>
            <ul>
              {errorList.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <fieldset
          className="pps-fieldset"
          aria-invalid={shown.basis ? true : undefined}
          aria-describedby={describedBy('basis')}
        >
          <legend>{t.elevateBasis}</legend>
          {ELEVATED_ACCESS_BASES.map((value) => (
            <label key={value} className="pps-choice">
              <input
                type="radio"
                name={`${id}-basis`}
                value={value}
                checked={basis === value}
                onChange={() => setBasis(value)}
                aria-describedby={`${fieldId('basis')}-${value}-hint`}
              />
              <span>
                {hints[value][0]}
                <span id={`${fieldId('basis')}-${value}-hint`} className="pps-hint">
                  {hints[value][1]}
                </span>
              </span>
            </label>
          ))}
          {errorText('basis')}
        </fieldset>
        <div className="pps-form-field">
          <label htmlFor={fieldId('reason')}>{t.elevateReason}</label>
          <p id={`${fieldId('reason')}-hint`} className="pps-hint">
            {t.elevateReasonHint}
          </p>
          <textarea
            id={fieldId('reason')}
            value={reason}
            rows={3}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={shown.reason ? true : undefined}
            aria-describedby={describedBy('reason', `${fieldId('reason')}-hint`)}
          />
          {errorText('reason')}
        </div>
        <div className="pps-form-field">
          <label className="pps-choice">
            <input
              id={fieldId('confirm')}
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.target.checked)}
              aria-invalid={shown.confirm ? true : undefined}
              aria-describedby={describedBy('confirm')}
            />
            <span>{t.elevateConfirm}</span>
          </label>
          {errorText('confirm')}
        </div>
        <div className="pps-actions">
          <button type="submit" className="pps-button">
            {t.elevateSubmit}
          </button>
          <button type="button" className="pps-button pps-button--secondary" onClick={close}>
            {t.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
