/**
 * The real sample Svarrapport messages in ../shared/data/svarrapport, read in place beside the
 * checkout (or from PPS_KIT_SAMPLES); they are never copied into this repository. For tests and
 * benchmarks only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findSamples(): string {
  if (process.env.PPS_KIT_SAMPLES) return process.env.PPS_KIT_SAMPLES;
  for (let dir = import.meta.dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml')))
      return path.join(dir, '..', 'shared', 'data', 'svarrapport');
  }
  return path.resolve('..', 'shared', 'data', 'svarrapport');
}

/** Where the sample messages are looked for. */
export const SAMPLES_DIR = findSamples();

/** Whether the sample messages are there; tests that need them are skipped, and say why, when not. */
export const samplesPresent = existsSync(SAMPLES_DIR);

/** The sample messages' file names, sorted. */
export const sampleFiles: readonly string[] = samplesPresent
  ? readdirSync(SAMPLES_DIR)
      .filter((file) => /\.xml$/i.test(file))
      .sort()
  : [];

/** A sample message's bytes. */
export const readSample = (name: string): Buffer => readFileSync(path.join(SAMPLES_DIR, name));
