'use client';
import type { ElevatedAccessBasis } from '@pps-kit/api-client';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { PpsContextValue } from '../provider/pps-provider';
import type { PartCatalogue, resolveMessages } from '../shared/i18n';
import type { fill as fillTexts } from '../shared/messages';
import type { ElevatedAccessDialogProps } from './elevated-access-dialog';
import type { ElevatedAccessDialogMessages } from './messages';
import { nbDialog } from './messages/nb-dialog';

/**
 * What the form needs from the rest of the kit, handed over by `ElevatedAccessDialog`: the form's
 * chunk imports nothing but React and its bokmål texts, so fetching it on demand pulls in nothing
 * twice and leaves the host's main bundle as it is.
 */
export interface DialogKit
  extends Pick<PpsContextValue, 'locale' | 'theme' | 'startElevatedAccess' | 'texts'> {
  resolve: typeof resolveMessages;
  fill: typeof fillTexts;
  bases: readonly ElevatedAccessBasis[];
  minReasonLength: number;
}

type Field = 'basis' | 'reason' | 'confirm';

/** The form's texts: bokmål here, in the form's chunk; other locales from the provider's texts. */
const catalogue: PartCatalogue<ElevatedAccessDialogMessages> = { nb: nbDialog, part: 'access' };

/**
 * The elevated-access dialog itself, in a chunk of its own: `ElevatedAccessDialog` fetches it on
 * demand, since only a General block that the user may open needs it.
 */
export function ElevatedAccessDialogBody({
  open,
  onClose,
  messages,
  kit,
}: ElevatedAccessDialogProps & { kit: DialogKit }) {
  const { startElevatedAccess, theme, locale, fill, bases, minReasonLength } = kit;
  const t = kit.resolve(catalogue, locale, messages, kit.texts);
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
  if (reason.trim().length < minReasonLength) errors.reason = fill(t.errorReason, { min: minReasonLength });
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
          {bases.map((value) => (
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
