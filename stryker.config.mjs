// @ts-check
/**
 * Mutation testing of the safety rules (issue 16): `pnpm run test:mutation`.
 *
 * Each rule below decides what a clinician sees: a range, a flag, a status, whose data it is,
 * whether data is hidden, a person id, a converted status or time, an attestation. A mutant that
 * survives is a change to a rule that no test notices. The check fails below 90 %.
 *
 * Incremental: `.stryker/incremental.json` (in git) holds the last run's results, so a run tests
 * only the mutants whose code or tests changed. The HTML report goes to reports/mutation/
 * (git-ignored, an artefact of CI).
 */
import path from 'node:path';

const root = import.meta.dirname;
// The sandbox is a copy of the checkout: point the sample-message tests at ../shared in place.
process.env.PPS_KIT_SAMPLES ??= path.join(root, '..', 'shared', 'data', 'svarrapport');
process.env.PPS_KIT_NILAR_DEFINITIONS ??= path.join(
  root,
  '..',
  'shared',
  'domain',
  'nilar',
  'structure-definitions',
);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'packages/api-client/src/lab-results/reference-range.ts',
    'packages/api-client/src/lab-results/classify.ts',
    'packages/api-client/src/lab-results/status.ts',
    'packages/api-client/src/lab-results/truth.ts',
    // What the overview's filter keeps and how it groups; which section shows each result.
    'packages/api-client/src/lab-results/overview.ts',
    'packages/api-client/src/lab-results/report-sections.ts',
    'packages/api-client/src/shared/patient-guard.ts',
    'packages/api-client/src/shared/person-id.ts',
    'packages/api-client/src/pps/search-result.ts',
    // Two different reports under one id across pages are an error, never one hiding the other.
    'packages/api-client/src/lab-results/model-pages.ts',
    'packages/api-client/src/pps/paging.ts',
    // What a search may not send: the client refuses what PPS would answer with a 400.
    'packages/api-client/src/pps/search-params.ts:38-70',
    'packages/api-client/src/shared/oslo-calendar.ts',
    'packages/api-client/src/pts/visibility.ts',
    'packages/api-client/src/attestation/attestation.ts',
    'packages/mocks/src/svarrapport/status.ts',
    'packages/mocks/src/svarrapport/dates.ts',
    // A class in words, as every view says it (flagWords and its glyphs), the trend point's
    // shape and the value cell's flag.
    'packages/react/src/lab-results/value-words.ts:54-103',
  ],
  ignorePatterns: [
    'apps',
    'bench',
    '.storybook',
    'storybook-static',
    'reports',
    '**/dist',
    '**/*.stories.tsx',
  ],
  incremental: true,
  incrementalFile: '.stryker/incremental.json',
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: 90 },
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
