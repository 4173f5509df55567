/**
 * Svarrapport timestamps (`TS`) carry no zone: they are Norwegian local time. FHIR wants an offset
 * on every time, so local times get Oslo's offset for that date (+01:00 or +02:00). A value sent
 * without a time stays a date: no time is ever invented. A day or time that does not exist
 * (`2024-02-30`, `25:00`) is an `invalid-value` error, never rolled over.
 */
import { osloWallTime } from '@pps-kit/api-client';
import { SvarrapportError } from './errors';
import { attr, type XmlElement } from './xml';

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether year-month-day is a day of the calendar. */
function isCalendarDay(year: number, month: number, day: number | undefined): boolean {
  if (month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= daysIn(year, month));
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A FHIR date or dateTime from a Svarrapport TS: dates stay dates; times with a zone keep it; local
 * times get Oslo's offset. Throws SvarrapportError `invalid-value` naming `element` for a value
 * that is not a date or time, or not one the calendar has.
 */
export function toFhirDateTime(value: string, element: string): string {
  const trimmed = value.trim();
  const invalid = (why: string) => new SvarrapportError('invalid-value', element, `"${value}" ${why}`);
  const date = DATE.exec(trimmed);
  if (date) {
    const [, y, mo, d] = date;
    if (mo !== undefined && !isCalendarDay(Number(y), Number(mo), d === undefined ? undefined : Number(d)))
      throw invalid('is not a day of the calendar');
    return trimmed;
  }
  const match = DATE_TIME.exec(trimmed);
  if (!match) throw invalid('is not a date or time');
  const [, y, mo, d, h, mi, s = '00', fraction = '', zone] = match;
  if (!isCalendarDay(Number(y), Number(mo), Number(d))) throw invalid('is not a day of the calendar');
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) throw invalid('is not a time of day');
  if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(-2)) > 59))
    throw invalid('has no valid UTC offset');
  const fractionMs = fraction ? `.${fraction.slice(1, 4).padEnd(3, '0')}` : '';
  const local = `${y}-${mo}-${d}T${h}:${mi}:${s}${fractionMs}`;
  if (zone) return `${local}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  // Local wall time → the offset Oslo had then: pps-kit's one Oslo calendar.
  return osloWallTime(local) as string;
}

/** A FHIR date or dateTime from a TS element (`V`), naming the element when it is not one. */
export function dateOf(element: XmlElement | undefined): string | undefined {
  const value = attr(element);
  return value && element ? toFhirDateTime(value, element.path) : undefined;
}
