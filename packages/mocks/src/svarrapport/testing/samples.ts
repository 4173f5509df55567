/**
 * The real sample Svarrapport messages in ../shared/data/svarrapport, read in place beside the
 * checkout (or from PPS_KIT_SAMPLES); they are never copied into this repository. For tests and
 * benchmarks only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** `../shared` beside the checkout, where the domain material lives. */
function findShared(): string {
  for (let dir = import.meta.dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return path.join(dir, '..', 'shared');
  }
  return path.resolve('..', 'shared');
}
const SHARED = findShared();

/** Where the sample messages are looked for. */
export const SAMPLES_DIR = process.env.PPS_KIT_SAMPLES ?? path.join(SHARED, 'data', 'svarrapport');

/** NILAR's profiles compiled to StructureDefinitions (../shared/domain/nilar), read in place. */
export const NILAR_DEFINITIONS_DIR =
  process.env.PPS_KIT_NILAR_DEFINITIONS ?? path.join(SHARED, 'domain', 'nilar', 'structure-definitions');

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
