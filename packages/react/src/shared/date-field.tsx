'use client';
import { useEffect, useId, useState } from 'react';
import { dateFieldMessages } from './date-field-messages';
import { parseDateText, toDateText } from './date-text';
import { useMessages } from './use-messages';

export interface DateFieldProps {
  label: string;
  /** ISO `åååå-mm-dd`, or '' for none. */
  value: string;
  /** Called with the ISO date typed, or '' when the field is emptied; never with a half-typed one. */
  onChange: (value: string) => void;
  className?: string | undefined;
}

/**
 * A date typed as `dd.mm.åååå`, one tab stop, the same in every browser locale. A text that is
 * not a date is marked invalid with a message, and the last valid date stays in force.
 */
export function DateField({ label, value, onChange, className = 'pps-field' }: DateFieldProps) {
  const t = useMessages(dateFieldMessages);
  const id = useId();
  const [text, setText] = useState(() => toDateText(value));
  const [invalid, setInvalid] = useState(false);

  // Follow the value when the host or a "clear filters" changes it.
  useEffect(() => {
    setText((current) => (parseDateText(current) === value ? current : toDateText(value)));
    if (value === '') setInvalid(false);
  }, [value]);

  const commit = (next: string) => {
    const parsed = parseDateText(next);
    setInvalid(parsed === undefined && next.trim().length >= 10);
    if (parsed !== undefined && parsed !== value) onChange(parsed);
  };

  return (
    <div className={className}>
      <label htmlFor={id}>
        {label} <span className="pps-field__hint">({t.format})</span>
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={10}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          commit(event.target.value);
        }}
        onBlur={() => setInvalid(parseDateText(text) === undefined)}
      />
      {invalid ? (
        <span id={`${id}-error`} className="pps-field__error">
          {t.invalid}
        </span>
      ) : null}
    </div>
  );
}
