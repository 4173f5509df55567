/** What a patient-safety restriction does to the patient's own access, in words. */
import { citizenVisibility, type PatientSafetyRestriction } from '@pps-kit/api-client';
import { formatDate } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import type { AccessRestrictionsMessages } from './messages';

/**
 * The restriction's effect now: withheld; delayed until a date (with the days it was set for),
 * or by its code where no end can be read; or, no longer in force, until when it was (expired).
 */
export function effectText(
  restriction: PatientSafetyRestriction,
  t: AccessRestrictionsMessages,
  locale: Locale,
  now?: Date,
): string {
  const visibility = citizenVisibility([restriction], now);
  if (visibility.kind === 'withheld') return t.safetyWithheld;
  const code = t.codeLabels[restriction.confidentialityCode] ?? restriction.confidentialityCode;
  const delayDays = restriction.delayDays;
  const days = delayDays !== undefined ? ` (${fill(t.safetyDaysShort, { days: delayDays }, locale)})` : '';
  if (visibility.kind === 'delayed') {
    return visibility.until
      ? `${fill(t.safetyDelayedUntil, { date: formatDate(visibility.until, locale) })}${days}`
      : `${code}${days}`;
  }
  // No longer in force: say until when it was.
  const until = restriction.delayDeliveryUntil;
  if (until) return `${fill(t.safetyDelayedUntil, { date: formatDate(until, locale) })} (${t.safetyPassed})`;
  return delayDays !== undefined
    ? `${fill(t.safetyDelayDays, { days: delayDays }, locale)} (${t.safetyPassed})`
    : code;
}
