/**
 * The one calendar of pps-kit: Norwegian lab times are Oslo times. Every day boundary, day key
 * and date-only value in the packages goes through here, so that a sample taken at 00:30 in
 * summer is on its own day in every view (a fixed `+01:00` put it on the day before).
 *
 * Built on `Intl` with `timeZone: 'Europe/Oslo'`: the browser's and Node's own time-zone data,
 * so daylight saving follows the rules in force, and no library is needed.
 */

export const OSLO_TIME_ZONE = 'Europe/Oslo';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HOUR_MS = 3_600_000;

/** Whether `value` is a date without a time (`2026-07-01`): a whole Oslo day, never a midnight. */
export const isDateOnly = (value: string): boolean => DATE_ONLY.test(value);

// Made on first use, so that a time-zone database without Oslo fails where it is used.
let offsetFormat: Intl.DateTimeFormat | undefined;
let dayFormat: Intl.DateTimeFormat | undefined;
const offsets = () =>
  (offsetFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: OSLO_TIME_ZONE,
    timeZoneName: 'longOffset',
  }));
const days = () =>
  (dayFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: OSLO_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }));

/** Oslo's UTC offset at the instant `utc`, as FHIR writes it: `+01:00` in winter, `+02:00` in summer. */
export function osloOffset(utc: number): string {
  // `GMT+02:00`: Oslo's offset is never zero, so the name always carries one.
  const name = offsets()
    .formatToParts(utc)
    .find((part) => part.type === 'timeZoneName')?.value as string;
  return name.slice(3);
}

/** Oslo's offsets are whole hours east of UTC (`+01:00`, `+02:00`). */
const offsetMs = (offset: string) => Number(offset.slice(1, 3)) * HOUR_MS;

/**
 * The instant of an Oslo wall time (`2026-07-01T00:30:00`, seconds and fraction as sent), with
 * the offset Oslo had then: `2026-07-01T00:30:00+02:00`. In the hour that repeats when summer
 * time ends, the later (winter) one; a time skipped when summer time begins gets the winter
 * offset. Returns `undefined` for a value that is not a wall time.
 */
export function osloWallTime(local: string): string | undefined {
  const asUtc = Date.parse(`${local}Z`);
  if (Number.isNaN(asUtc)) return undefined;
  // The offset Oslo has at the wall time read as UTC is an hour off at most; the offset at the
  // instant it gives is the one Oslo had then.
  return `${local}${osloOffset(asUtc - offsetMs(osloOffset(asUtc)))}`;
}

/** The Oslo day of a time (`2026-06-30T22:30:00Z` → `2026-07-01`); a date is its own day; `''` when unreadable. */
export function osloDay(value: string): string {
  // A date parses as its UTC midnight, which is on the same day in Oslo.
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : days().format(time);
}

/** The first instant (ms) of Oslo day `date` (`2026-07-01` → 2026-06-30T22:00:00Z). */
export function osloDayStart(date: string): number {
  return Date.parse(osloWallTime(`${date}T00:00:00`) as string);
}

/** The last millisecond of Oslo day `date`: 23, 24 or 25 hours after its start. */
export function osloDayEnd(date: string): number {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return osloDayStart(next.toISOString().slice(0, 10)) - 1;
}

/** The instant (ms) of a lab time: a date is its Oslo day's first instant; `NaN` when unreadable. */
export const osloInstant = (value: string): number =>
  isDateOnly(value) ? osloDayStart(value) : Date.parse(value);

/**
 * A window bound for filters (`from`/`to`): a date means its whole Oslo day (from its first
 * instant, or to its last); any other value is an instant as sent. `undefined` when unreadable.
 */
export function osloBound(value: string | undefined, end: boolean): number | undefined {
  if (!value) return undefined;
  const time = isDateOnly(value) ? (end ? osloDayEnd(value) : osloDayStart(value)) : Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/** Today in Oslo as `YYYY-MM-DD`. */
export const osloToday = (now: Date = new Date()): string => days().format(now);
