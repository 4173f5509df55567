'use client';
import { useEffect, useState } from 'react';
import type { Locale, PpsTexts } from '../shared/i18n';

/** Texts loaded so far on this page, by locale: loaded once, then at hand for every provider. */
const loaded: Partial<Record<Locale, PpsTexts>> = {};
/** Locales whose texts could not be loaded: bokmål is shown instead of a view that never comes. */
const failed = new Set<Locale>();

/** Nynorsk and English each in a file of their own, fetched only by a page that shows them. */
const load = (locale: Exclude<Locale, 'nb'>): Promise<PpsTexts> =>
  locale === 'nn'
    ? import('../locales/nn').then((module) => module.nn)
    : import('../locales/en').then((module) => module.en);

/**
 * The texts of `locale` beyond the built-in bokmål: the host's `given` texts, else loaded on
 * demand. `ready` is false while they are on their way; the views wait for them instead of
 * showing bokmål for a moment. Texts that fail to load (a missing file) give bokmål, with a warning.
 */
export function useLocaleTexts(
  locale: Locale,
  given: PpsTexts | undefined,
): { texts: PpsTexts | undefined; ready: boolean } {
  const [, setLoads] = useState(0);
  const texts = given ?? (locale === 'nb' ? undefined : loaded[locale]);
  const waiting = locale !== 'nb' && texts === undefined && !failed.has(locale);
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    load(locale)
      .then(
        (next) => {
          loaded[locale] = next;
        },
        () => {
          failed.add(locale);
          console.warn(`pps-kit: the ${locale} texts could not be loaded; showing bokmål.`);
        },
      )
      .finally(() => {
        if (live) setLoads((count) => count + 1);
      });
    return () => {
      live = false;
    };
  }, [locale, waiting]);
  return { texts, ready: !waiting };
}
