/**
 * Dates and numbers, only through cached Intl formatters: nb-NO decimal comma, dd.mm.åååå,
 * clinical times always in Europe/Oslo whatever the machine's zone.
 */
import type { Locale } from './i18n';

const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const TIME_ZONE = 'Europe/Oslo';

const cache = new Map<string, Intl.DateTimeFormat>();

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

/** `20.11.2026`. An unparseable value is returned as sent, never dropped. */
export function formatDate(value: string, locale: Locale): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : cached(locale, 'date').format(time);
}

/** `20.11.2026 08:15`. An unparseable value is returned as sent, never dropped. */
export function formatDateTime(value: string, locale: Locale): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return `${cached(locale, 'date').format(time)} ${cached(locale, 'time').format(time)}`;
}
