/**
 * The design systems behind the demo's theme switch: their real stylesheets from npm, so that the
 * "Designsystemet" and "Aksel" looks are what a host on that design system has. A stylesheet is
 * linked only while its theme is chosen (same origin, so the strict CSP allows it).
 */

import designsystemetTheme from '@digdir/designsystemet-css/theme?url';
import designsystemetCss from '@digdir/designsystemet-css?url';
import type { PpsTheme } from '@pps-kit/react';
import { useEffect } from 'react';

/**
 * Aksel's parts by path (its package types every file as a script, so `import … ?url` does not
 * type-check): tokens, reset, baseline, components, in that order.
 */
const aksel = import.meta.glob<string>(
  [
    '../node_modules/@navikt/ds-css/dist/global/{tokens,reset,baseline}.min.css',
    '../node_modules/@navikt/ds-css/dist/components.min.css',
  ],
  { query: '?url', import: 'default', eager: true },
);
const AKSEL_ORDER = ['tokens', 'reset', 'baseline', 'components'];
// Every part the build found (unit tests under Vitest find none; the e2e test checks the tokens).
const akselSheets = AKSEL_ORDER.flatMap((part) =>
  Object.entries(aksel)
    .filter(([path]) => path.endsWith(`/${part}.min.css`))
    .map(([, href]) => href),
);

/**
 * Designsystemet needs its theme file (the --ds-* tokens) beside its stylesheet. Aksel is linked
 * part by part as its documentation allows, without `fonts.css`: that loads Source Sans 3 from
 * NAV's CDN, which the demo's `default-src 'self'` refuses (a host self-hosts the font instead).
 */
const STYLESHEETS: Record<PpsTheme, readonly string[]> = {
  default: [],
  designsystemet: [designsystemetTheme, designsystemetCss],
  aksel: akselSheets,
};

/** Links the chosen theme's stylesheets into the document's head, and removes them on a switch. */
export function useThemeStylesheets(theme: PpsTheme): void {
  useEffect(() => {
    const links = STYLESHEETS[theme].map((href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.dataset.epjTheme = theme;
      document.head.append(link);
      return link;
    });
    return () => {
      for (const link of links) link.remove();
    };
  }, [theme]);
}
