/** Locales pps-kit speaks. Bokmål is the source language. */
export type Locale = 'nb' | 'nn' | 'en';

export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

/** One feature's messages in every locale. `nb` defines the keys. */
export type Catalogue<M> = { readonly nb: M } & { readonly [L in Exclude<Locale, 'nb'>]: M };

/** A host's overrides: any subset of any locale's messages. */
export type MessageOverrides<M> = { readonly [L in Locale]?: Partial<M> };

/** The messages for `locale`, with the host's overrides applied. */
export function resolveMessages<M extends object>(
  catalogue: Catalogue<M>,
  locale: Locale,
  overrides?: MessageOverrides<M> | undefined,
): M {
  const base = catalogue[locale];
  const own = overrides?.[locale];
  return own ? { ...base, ...own } : base;
}
