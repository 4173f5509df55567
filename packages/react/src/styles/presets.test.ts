/**
 * The presets map pps-kit's roles onto tokens the design systems really define: every first-choice
 * `--ax-*` name exists in Aksel 8's stylesheet (@navikt/ds-css), every `--ds-*` name in
 * Designsystemet's default theme file; Aksel 7's `--a-*` names are only ever a fallback. A preset
 * never sets a custom property to a CSS-wide keyword (`--pps-font-family: inherit` makes the
 * property itself inherit, and the host's font is lost).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const read = (specifier: string) => readFileSync(require.resolve(specifier), 'utf8');
const tokens = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const defined = (css: string) => new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));

/** The declarations of the rules whose selector mentions the preset. */
function presetRules(theme: string): string {
  const rules = [...tokens.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  return rules
    .filter(([, selector]) => selector?.includes(`data-pps-theme="${theme}"`))
    .map(([, , body]) => body)
    .join('\n');
}

/** The first custom property each `var(` chain asks for, and every name anywhere in it. */
function references(css: string) {
  const first = [...css.matchAll(/:\s*var\((--[\w-]+)/g)].map((m) => m[1] ?? '');
  const all = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1] ?? '');
  return { first, all };
}

describe('the presets', () => {
  const aksel = presetRules('aksel');
  const designsystemet = presetRules('designsystemet');

  it('exist, each mapping every colour role', () => {
    for (const body of [aksel, designsystemet]) {
      for (const role of ['text', 'text-subtle', 'border', 'surface', 'accent', 'danger', 'focus']) {
        expect(body).toContain(`--pps-color-${role}:`);
      }
    }
  });

  it('Aksel: every --ax-* token is one Aksel 8 defines, asked for before any Aksel 7 --a-* name', () => {
    const akselTokens = defined(read('@navikt/ds-css/dist/index.css'));
    const { first, all } = references(aksel);
    const wanted = all.filter((name) => name.startsWith('--ax-'));
    expect(wanted.length).toBeGreaterThan(10);
    expect(wanted.filter((name) => !akselTokens.has(name))).toEqual([]);
    expect(first.filter((name) => !name.startsWith('--ax-') && !name.startsWith('--pps-'))).toEqual([]);
    expect(wanted).toContain('--ax-font-family');
  });

  it('Designsystemet: every --ds-* token is one its theme file defines', () => {
    const themeTokens = defined(read('@digdir/designsystemet-css/theme'));
    const wanted = references(designsystemet).all.filter((name) => name.startsWith('--ds-'));
    expect(wanted.length).toBeGreaterThan(10);
    expect(wanted.filter((name) => !themeTokens.has(name))).toEqual([]);
  });

  it('never sets a custom property to a CSS-wide keyword', () => {
    const keywordValued = [
      ...tokens.matchAll(/(--[\w-]+)\s*:\s*(inherit|initial|unset|revert|revert-layer)\s*;/g),
    ];
    expect(keywordValued.map((m) => m[0])).toEqual([]);
  });
});
