/**
 * Svarrapport timestamps (`TS`) carry no zone: they are Norwegian local time. FHIR wants an offset
 * on every time, so local times get Oslo's offset for that date (+01:00 or +02:00).
 */
import { SvarrapportError } from './errors';

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Oslo',
  timeZoneName: 'longOffset',
});

/** Oslo's UTC offset in minutes at instant `utc`. */
function osloOffsetMinutes(utc: number): number {
  const name = offsetFormat.formatToParts(utc).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * A FHIR dateTime from a Svarrapport TS. Dates stay dates; times with a zone keep it; local times
 * get Oslo's offset. Throws SvarrapportError for a value that is not a time at all.
 */
export function toFhirDateTime(value: string, element: string): string {
  const trimmed = value.trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(trimmed)) return trimmed;
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    trimmed,
  );
  if (!match) throw new SvarrapportError('invalid-value', element, `"${value}" is not a date or time`);
  const [, y, mo, d, h, mi, s = '00', fraction = '', zone] = match;
  const fractionMs = fraction ? `.${fraction.slice(1, 4).padEnd(3, '0')}` : '';
  const local = `${y}-${mo}-${d}T${h}:${mi}:${s}${fractionMs}`;
  if (Number.isNaN(Date.parse(`${local}Z`))) {
    throw new SvarrapportError('invalid-value', element, `"${value}" is not a valid date or time`);
  }
  if (zone) return `${local}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  // Local wall time → the offset Oslo had then (try the winter guess, then correct once).
  const asUtc = Date.parse(`${local}Z`);
  let offset = osloOffsetMinutes(asUtc - 60 * 60_000);
  offset = osloOffsetMinutes(asUtc - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${local}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
