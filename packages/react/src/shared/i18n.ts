import type { AccessMessages } from '../access/messages/types';
import type { LabResultsMessages } from '../lab-results/messages/types';
import type { RequisitionMessages } from '../requisitions/messages/types';
import type { DateFieldMessages } from './date-field-messages';
import type { DataStateMessages } from './messages/types';

/** Locales pps-kit speaks. Bokmål is the source language. */
export type Locale = 'nb' | 'nn' | 'en';

export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

/** A catalogue with every locale's messages, such as a host's own. `nb` defines the keys. */
export type Catalogue<M> = { readonly nb: M } & { readonly [L in Exclude<Locale, 'nb'>]: M };

/**
 * Every built-in text of one locale, part by part: what `@pps-kit/react/locales/nn` and
 * `@pps-kit/react/locales/en` export, and what `PpsProvider` loads on demand for its `locale`.
 */
export interface PpsTexts {
  labResults: LabResultsMessages;
  access: AccessMessages;
  dataState: DataStateMessages;
  requisitions: RequisitionMessages;
  dateField: DateFieldMessages;
}

/**
 * One part of pps-kit's texts: bokmål built in, every other locale in that locale's texts
 * (`PpsTexts`), which only the hosts that use it load.
 */
export interface PartCatalogue<M> {
  readonly nb: M;
  readonly part: keyof PpsTexts;
}

/** A host's overrides: any subset of any locale's messages. */
export type MessageOverrides<M> = { readonly [L in Locale]?: Partial<M> };

/**
 * The messages for `locale`, with the host's overrides applied. A part of pps-kit's texts takes
 * `locale`'s from `texts` (the provider's loaded texts), and bokmål while they are not there.
 */
export function resolveMessages<M extends object>(
  catalogue: Catalogue<M> | PartCatalogue<M>,
  locale: Locale,
  overrides?: MessageOverrides<M> | undefined,
  texts?: PpsTexts | undefined,
): M {
  const base =
    'part' in catalogue
      ? locale === 'nb'
        ? catalogue.nb
        : ((texts?.[catalogue.part] as M | undefined) ?? catalogue.nb)
      : catalogue[locale];
  const own = overrides?.[locale];
  return own ? { ...base, ...own } : base;
}
