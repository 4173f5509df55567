/**
 * Dates and numbers, only through cached Intl formatters: nb-NO decimal comma, dd.mm.åååå,
 * clinical times always in Europe/Oslo whatever the machine's zone.
 */
import { hasTimeOfDay, osloToday as osloTodayOf, osloWallTime } from '@pps-kit/api-client';
import type { Locale } from './i18n';

const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const TIME_ZONE = 'Europe/Oslo';

const cache = new Map<string, Intl.DateTimeFormat>();
const numberCache = new Map<Locale, Intl.NumberFormat>();

function cached(locale: Locale, kind: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      INTL_LOCALE[locale],
      kind === 'date'
        ? { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }
        : { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    );
    cache.set(key, format);
  }
  return format;
}

const DATE_ONLY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date the lab sent without a time (`2017-09-20`, `2017-09`, `2017`), as that calendar day,
 * month or year: never read as midnight UTC, which Oslo shows as 01:00 or 02:00.
 */
function formatCalendarDate(value: string, locale: Locale): string | undefined {
  const match = DATE_ONLY.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (!month) return year;
  if (!day) return formatMonth(`${year}-${month}-15T12:00:00Z`, locale);
  return cached(locale, 'date').format(Date.UTC(Number(year), Number(month) - 1, Number(day), 12));
}

/** `20.11.2026`. An unparseable value is returned as sent, never dropped. */
export function formatDate(value: string, locale: Locale): string {
  const calendar = formatCalendarDate(value, locale);
  if (calendar !== undefined) return calendar;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : cached(locale, 'date').format(time);
}

/**
 * `20.11.2026 08:15`, or only `20.11.2026` when the lab sent no time (a time is never made up).
 * An unparseable value is returned as sent, never dropped.
 */
export function formatDateTime(value: string, locale: Locale): string {
  if (!hasTimeOfDay(value)) return formatDate(value, locale);
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return `${cached(locale, 'date').format(time)} ${cached(locale, 'time').format(time)}`;
}

/**
 * A number as the lab wrote it ("14.0", "0.50", "1,5"), with the locale's decimal sign: its
 * digits, and so its precision, are kept ("14,0" in nb, "14.0" in en).
 */
export function formatNumberText(text: string, locale: Locale): string {
  if (!/^[-+]?[\d.,]+(?:[eE][-+]?\d+)?$/.test(text.trim())) return text;
  const digits = text.trim();
  return locale === 'en' ? digits.replace(',', '.') : digits.replace('.', ',').replace('-', '\u2212');
}

/** A result's number: the lab's own digits where it sent them (`text`), else the number itself. */
export const formatLabNumber = (value: number, text: string | undefined, locale: Locale): string =>
  text ? formatNumberText(text, locale) : formatNumber(value, locale);

/**
 * A clinical value as it was sent, with the locale's decimal sign ("11,2" in nb): the shortest
 * digits that give back the same number (never "0,29999999999999998890"), no thousands grouping
 * (so "10000" is never misread).
 */
export function formatNumber(value: number, locale: Locale): string {
  const text = String(value);
  if (/e/i.test(text)) {
    let format = numberCache.get(locale);
    if (!format) {
      format = new Intl.NumberFormat(INTL_LOCALE[locale], {
        maximumSignificantDigits: 15,
        useGrouping: false,
      });
      numberCache.set(locale, format);
    }
    return format.format(value);
  }
  return locale === 'en' ? text : text.replace('.', ',').replace('-', '\u2212');
}

/** `november 2026`: a month heading. */
export function formatMonth(value: string, locale: Locale): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const key = `${locale}:month`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: TIME_ZONE,
      month: 'long',
      year: 'numeric',
    });
    cache.set(key, format);
  }
  return format.format(time);
}

/** `08:15`, Oslo time; empty for a date the lab sent without a time. */
export function formatTime(value: string, locale: Locale): string {
  if (!hasTimeOfDay(value) && DATE_ONLY.test(value)) return '';
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : cached(locale, 'time').format(time);
}

/** Midnight in Oslo at the start of `date` (`2026-12-24` → `2026-12-24T00:00:00+01:00`). */
export const osloStartOfDay = (date: string): string => osloWallTime(`${date}T00:00:00`) ?? date;

/** Today's date in Oslo as `YYYY-MM-DD`, for date inputs. */
export const osloToday = (now: Date = new Date()): string => osloTodayOf(now);

/** A time axis label: `2026` for a year, `mar. 2026` for a month. */
export function formatAxisMonth(month: string, year: boolean, locale: Locale): string {
  if (year) return month.slice(0, 4);
  const key = `${locale}:axis-month`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: 'UTC',
      month: 'short',
      year: 'numeric',
    });
    cache.set(key, format);
  }
  return format.format(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15));
}

/**
 * A reference range as the lab wrote it ("11,7 - 15,3"), in the screen's one locale: in English
 * its decimal commas become points ("11.7 - 15.3"), as the values beside it do. Nothing else in
 * the text changes; nb and nn show it exactly as sent.
 */
export function formatRangeText(text: string, locale: Locale): string {
  return locale === 'en' ? text.replace(/(\d),(\d)/g, '$1.$2') : text;
}
