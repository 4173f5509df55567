/**
 * Dates as clinicians type them: `dd.mm.åååå` in every browser locale (a native date input shows
 * mm/dd/yyyy in an English browser). `d.m.åååå` and ISO `åååå-mm-dd` are read too.
 */

/** `2026-03-05` → `05.03.2026`; '' stays ''. */
export function toDateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/**
 * The ISO date `text` names, '' for an empty field, or `undefined` when it is not a date on the
 * calendar (`31.02.2026`, `1.1.26`, `i går`).
 */
export function parseDateText(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [dayText, monthText, yearText] = dmy ? [dmy[1], dmy[2], dmy[3]] : ymd ? [ymd[3], ymd[2], ymd[1]] : [];
  if (!dayText || !monthText || !yearText) return undefined;
  const day = Number(dayText);
  const month = Number(monthText);
  const year = Number(yearText);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
