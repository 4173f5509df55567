/// <reference types="vitest/config" />
/**
 * The tests StrykerJS runs against each mutant (stryker.config.mjs): the unit tests of the
 * modules it mutates, in Node. Kept apart from vitest.config.ts so that a mutant run starts
 * no browser and loads no component test.
 */
import { defineConfig } from 'vitest/config';
import { sourceResolve } from './vite.shared.ts';

export default defineConfig({
  ...sourceResolve,
  test: {
    environment: 'node',
    include: [
      'packages/api-client/src/**/*.test.ts',
      'packages/mocks/src/svarrapport/**/*.test.ts',
      'packages/react/src/lab-results/flag-words.test.ts',
    ],
    // The oracle's own mutation test and the FHIR conformance check take seconds each and test
    // no mutated module: each static mutant would pay for them again.
    exclude: [
      '**/node_modules/**',
      '**/*.browser.test.{ts,tsx}',
      'packages/mocks/src/svarrapport/oracle/mutations.test.ts',
      'packages/mocks/src/svarrapport/conformance.test.ts',
    ],
  },
});
