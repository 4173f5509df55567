// @vitest-environment jsdom
/**
 * The oracle: for every sample message and every message written for pps-kit, what the lab sent
 * (read from the XML by `message-facts.ts`, independently of the converter) is what the converted
 * Bundle says (read by `bundle-facts.ts`): no item lost, moved or changed.
 */
import { describe, expect, it } from 'vitest';
import { svarrapportToNilar } from '../convert';
import { PPS_KIT_MESSAGES } from '../messages';
import { readSample, SAMPLES_DIR, sampleFiles, samplesPresent } from '../testing/samples';
import { bundleFacts } from './bundle-facts';
import { differences, tally } from './compare';
import { messageFacts } from './message-facts';

const check = (message: Uint8Array | string) =>
  differences(messageFacts(message), bundleFacts(svarrapportToNilar(message)));

describe.skipIf(!samplesPresent)(`the oracle over every sample message in ${SAMPLES_DIR}`, () => {
  it.each(sampleFiles)('%s: nothing lost, moved or changed', (name) => {
    const found = check(readSample(name));
    expect(tally(found), JSON.stringify(found.slice(0, 8), null, 1)).toEqual({
      lost: 0,
      extra: 0,
      moved: 0,
      changed: 0,
    });
  });
});

describe('the oracle over the messages written for pps-kit', () => {
  it.each(PPS_KIT_MESSAGES.map((m, i) => [i, m] as const))(
    'message %i: nothing lost, moved or changed',
    (_, message) => {
      const found = check(message);
      expect(tally(found), JSON.stringify(found.slice(0, 8), null, 1)).toEqual({
        lost: 0,
        extra: 0,
        moved: 0,
        changed: 0,
      });
    },
  );
});
