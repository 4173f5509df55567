/// <reference types="vitest/config" />
import path from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { readSample, sampleFiles } from './packages/mocks/src/svarrapport/testing/samples.ts';
import { sourceResolve } from './vite.shared.ts';

const root = import.meta.dirname;

/** Debian's Chromium, started the way this machine allows (no downloads, no background traffic). */
const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
});

export default defineConfig({
  ...sourceResolve,
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Node by default; component tests opt into jsdom with `// @vitest-environment jsdom`.
          environment: 'node',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'apps/*/src/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/*.browser.test.{ts,tsx}'],
          setupFiles: [path.join(root, 'vitest.setup.ts')],
          // Generous limits, never reached by a test that works: a loaded machine is slow, not wrong.
          testTimeout: 120_000,
          expect: { poll: { timeout: 20_000 } },
        },
      },
      {
        extends: true,
        test: {
          // `pnpm bench`: speed (`*.bench.ts`) and memory (`*.measure.ts`), never in `pnpm test`.
          name: 'bench',
          environment: 'node',
          include: ['bench/**/*.measure.ts'],
          benchmark: { include: ['bench/**/*.bench.ts'] },
          // Benchmarks collect garbage between tasks; memory measurements need a clean heap.
          execArgv: ['--expose-gc'],
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        // Component tests that need a real browser: the fault matrix, hostile input.
        publicDir: path.join(root, '.storybook/public'), // mockServiceWorker.js
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.{ts,tsx}'],
          setupFiles: [path.join(root, 'vitest.setup.ts')],
          testTimeout: 120_000,
          expect: { poll: { timeout: 20_000 } },
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
            // The sample messages, read in place in ../shared (never copied), for tests in Chromium.
            commands: {
              sampleFiles: () => [...sampleFiles],
              readSampleBase64: (_context, name: string) => readSample(name).toString('base64'),
            },
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
        publicDir: path.join(root, '.storybook/public'),
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
