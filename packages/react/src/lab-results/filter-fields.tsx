'use client';
import { FAGOMRADER, type Fagomrade } from '@pps-kit/api-client';
import type { LabResultsMessages } from './messages';

type FieldMessages = Pick<
  LabResultsMessages,
  'filterExpertise' | 'allExpertise' | 'expertiseLabels' | 'onlyAbnormal'
>;

/** The fagområde filter the overview and the flowsheet share: every fagområde, or one. */
export function FagomradeField({
  value,
  onChange,
  t,
}: {
  value: Fagomrade | '';
  onChange: (value: Fagomrade | '') => void;
  t: FieldMessages;
}) {
  return (
    <label className="pps-field">
      {t.filterExpertise}
      <select value={value} onChange={(event) => onChange(event.target.value as Fagomrade | '')}>
        <option value="">{t.allExpertise}</option>
        {FAGOMRADER.map((code) => (
          <option key={code} value={code}>
            {t.expertiseLabels[code] ?? code}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "Bare avvik": only reports or results with findings. */
export function OnlyAbnormalField({
  checked,
  onChange,
  t,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  t: FieldMessages;
}) {
  return (
    <label className="pps-check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />{' '}
      {t.onlyAbnormal}
    </label>
  );
}
