import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { libraryConfig } from '../../vite.shared.ts';

/**
 * `styles.layered.css`: the built stylesheet again, inside `@layer pps`, for hosts that want their
 * own unlayered rules to win (the source entry says the same with `@import … layer(pps)`), and a
 * `.d.ts` beside each stylesheet.
 */
function layeredStylesheet(): Plugin {
  return {
    name: 'pps-layered-stylesheet',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const css = bundle['styles.css'];
      if (css?.type !== 'asset') throw new Error('the build made no styles.css');
      // Types for the stylesheets, so `import '@pps-kit/react/styles.css'` type-checks in a host
      // with TypeScript's noUncheckedSideEffectImports (on by default from TypeScript 6).
      for (const sheet of ['styles.css', 'styles.layered.css']) {
        this.emitFile({
          type: 'asset',
          fileName: `${sheet}.d.ts`,
          source: `// ${sheet}: import it for its rules; it exports nothing.\nexport {};\n`,
        });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'styles.layered.css',
        source: `/* @pps-kit/react styles in @layer pps: a host's unlayered rules win over every pps-kit rule. */\n@layer pps {\n${String(css.source)}\n}\n`,
      });
    },
  };
}

/**
 * The report-page worker's URL written as bundlers recognise it in a dependency,
 * `new Worker(new URL('./assets/page-worker-….js', import.meta.url), …)`, so that a host's Vite,
 * webpack or Turbopack bundles the worker too. Vite writes it nested (`new URL(new URL(…).href,
 * import.meta.url)`), which they do not follow. The build fails if the shape ever changes.
 */
function workerUrlForBundlers(): Plugin {
  const nested =
    /new URL\(\s*\/\* @vite-ignore \*\/\s*new URL\("(assets\/page-worker-[\w-]+\.js)", import\.meta\.url\)\.href,\s*(?:"" \+ )?import\.meta\.url\s*\)/g;
  return {
    name: 'pps-worker-url',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes('new Worker(')) continue;
        chunk.code = chunk.code.replace(nested, 'new URL("./$1", import.meta.url)');
        if (
          !/new Worker\(new URL\("\.\/assets\/page-worker-[\w-]+\.js", import\.meta\.url\)/.test(chunk.code)
        )
          throw new Error(`${chunk.fileName}: the worker's URL is not in the form bundlers follow`);
      }
    },
  };
}

/** Chunks fetched on demand whose names size budgets give. */
const ON_DEMAND = ['elevated-access-dialog-body', 'nb-dialog'];

export default defineConfig(
  mergeConfig(
    libraryConfig({
      dir: import.meta.dirname,
      entry: { index: 'src/index.ts', nn: 'src/locales/nn.ts', en: 'src/locales/en.ts' },
      cssFileName: 'styles',
    }),
    {
      plugins: [react(), layeredStylesheet(), workerUrlForBundlers()],
      // Relative URLs (the worker's), so the package works wherever it is served from.
      base: './',
      worker: { format: 'es' },
      // Every export is a client component or hook: the directive opens the built file, so a
      // server component can import pps-kit (the bundler drops the per-module directives).
      // The elevated-access dialog's form and its texts, fetched on demand, keep names without a
      // hash, so size budgets can name them.
      build: {
        rollupOptions: {
          output: {
            banner: "'use client';",
            chunkFileNames: (chunk: { name: string }) =>
              ON_DEMAND.includes(chunk.name) ? '[name].js' : '[name]-[hash].js',
          },
        },
      },
    },
  ),
);
