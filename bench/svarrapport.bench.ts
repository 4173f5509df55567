/**
 * Converting every sample Svarrapport message in ../shared/data/svarrapport (read in place) to
 * NILAR, all together. Goal: under 1 s for all 74. Run with `pnpm bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PPS_KIT_MESSAGES, svarrapportToNilar } from '@pps-kit/mocks';
import { bench, describe } from 'vitest';

const dir = process.env.PPS_KIT_SAMPLES ?? path.resolve(import.meta.dirname, '../../shared/data/svarrapport');
const samples = existsSync(dir)
  ? readdirSync(dir)
      .filter((file) => /\.xml$/i.test(file))
      .map((file) => readFileSync(path.join(dir, file)))
  : [];

describe.skipIf(samples.length === 0)(`the ${samples.length} sample messages`, () => {
  bench('svarrapportToNilar, all of them', () => {
    for (const message of samples) svarrapportToNilar(message);
  });
});

describe(`the ${PPS_KIT_MESSAGES.length} messages written for pps-kit`, () => {
  bench('svarrapportToNilar, all of them', () => {
    for (const message of PPS_KIT_MESSAGES) svarrapportToNilar(message);
  });
});
