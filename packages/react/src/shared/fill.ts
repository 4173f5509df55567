import type { Locale } from './i18n';

const pluralRules = new Map<string, Intl.PluralRules>();
const INTL_LOCALES: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/**
 * `{count, plural, one {# svarrapport} other {# svarrapporter}}` or
 * `{kind, select, lab {…} computed {…} other {…}}`: an ICU plural or select, one level deep.
 */
const CHOICE = /\{(\w+),\s*(plural|select),((?:\s*[\w=-]+\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const BRANCH = /([\w=-]+)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

function pluralOf(value: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_LOCALES[locale]);
    pluralRules.set(locale, rules);
  }
  return rules.select(value);
}

/**
 * Fills `{name}` placeholders, ICU plurals (`{count, plural, one {…} other {…}}`: `#` is the
 * number, `=0` an exact match, with the plural rules of `locale`; nb, nn and en all have "one" and
 * "other") and ICU selects (`{kind, select, a {…} other {…}}`: the branch named by the value, else
 * `other`). What cannot be filled stays as written.
 */
export function fill(
  template: string,
  values: Record<string, string | number>,
  locale: Locale = 'nb',
): string {
  const chosen = /, (plural|select),/.test(template)
    ? template.replace(CHOICE, (whole, name: string, kind: string, body: string) => {
        const value = values[name];
        if (value === undefined || (kind === 'plural' && typeof value !== 'number')) return whole;
        const branches = new Map<string, string>();
        for (const [, key = '', text = ''] of body.matchAll(BRANCH)) branches.set(key, text);
        const text =
          kind === 'plural'
            ? (branches.get(`=${value}`) ?? branches.get(pluralOf(value as number, locale)))
            : branches.get(String(value));
        const found = text ?? branches.get('other');
        if (found === undefined) return whole;
        return kind === 'plural' ? found.replace(/#/g, String(value)) : found;
      })
    : template;
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
