'use client';
import { useMemo } from 'react';
import { usePpsContext } from '../provider/pps-provider';
import { type Catalogue, type MessageOverrides, type PartCatalogue, resolveMessages } from './i18n';

/** A catalogue's messages in the provider's locale, with a component's overrides applied. */
export function useMessages<M extends object>(
  catalogue: Catalogue<M> | PartCatalogue<M>,
  overrides?: MessageOverrides<M>,
): M {
  const { locale, texts } = usePpsContext();
  return useMemo(
    () => resolveMessages(catalogue, locale, overrides, texts),
    [catalogue, locale, overrides, texts],
  );
}

/** Two catalogues' messages merged, for components that show shared and own texts. */
export function useMergedMessages<A extends object, B extends object>(
  first: Catalogue<A> | PartCatalogue<A>,
  second: Catalogue<B> | PartCatalogue<B>,
  overrides?: MessageOverrides<A & B>,
): A & B {
  const a = useMessages(first, overrides as MessageOverrides<A> | undefined);
  const b = useMessages(second, overrides as MessageOverrides<B> | undefined);
  return useMemo(() => ({ ...a, ...b }), [a, b]);
}
