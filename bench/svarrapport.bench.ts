/**
 * Converting Svarrapport messages to NILAR. Goals: every sample message in
 * ../shared/data/svarrapport (read in place) together in under 1 s; time linear in the size of a
 * message (results side by side, text in one result); a message nested deeper than the limits
 * refused at once, whatever its depth. Run with `pnpm bench`.
 */
import { PPS_KIT_MESSAGES, SvarrapportError, svarrapportToNilar } from '@pps-kit/mocks';
import { bench, describe } from 'vitest';
import { readSample, sampleFiles } from '../packages/mocks/src/svarrapport/testing/samples';
import { testMessage } from '../packages/mocks/src/svarrapport/testing/test-message';

const samples = sampleFiles.map(readSample);

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

/** An isolate with `n` susceptibilities linked to it by RefIdResultItem, then `n` chemistry results. */
const wide = (n: number) =>
  testMessage({
    items: `<ResultItem><TextResult><TextResultValue>Escherichia coli</TextResultValue></TextResult><Investigation><Id V="ESCOLI" OT="Identifikasjon"/></Investigation><IdResultItem>1</IdResultItem></ResultItem>${Array.from(
      { length: n },
      (_, i) =>
        `<ResultItem><TextResult><TextCode V="S" S="2.16.578.1.12.4.1.1.8271" DN="Sensitiv"/></TextResult><Investigation><Id V="AB${i}" OT="Antibiotikum ${i}"/></Investigation><RefIdResultItem>1</RefIdResultItem></ResultItem>` +
        `<ResultItem><NumResult><NumResultValue V="${(i % 100) + 0.5}" U="mmol/L"/></NumResult><RefInterval><Descr>3,5 - 10,0</Descr></RefInterval><Investigation><Id V="NPU${i}" OT="Analyse ${i}"/></Investigation><StatusInvestigation V="3"/></ResultItem>`,
    ).join('')}`,
  });

/** One text result of `lines` XHTML paragraphs. */
const longText = (lines: number) =>
  testMessage({
    msgDescr: 'HIST',
    items: `<ResultItem><TextResult><TextResultValue><div xmlns="http://www.w3.org/1999/xhtml">${'<p>Tubulært adenom med lavgradig dysplasi, fritt fjernet.</p>'.repeat(lines)}</div></TextResultValue></TextResult></ResultItem>`,
  });

/** Elements nested `depth` deep inside a text result. */
const deep = (depth: number) =>
  testMessage({
    items: `<ResultItem><TextResult><TextResultValue>${'<div xmlns="http://www.w3.org/1999/xhtml">'.repeat(depth)}x${'</div>'.repeat(depth)}</TextResultValue></TextResult></ResultItem>`,
  });

const refused = (xml: string) => {
  try {
    svarrapportToNilar(xml);
  } catch (error) {
    if (error instanceof SvarrapportError && error.code === 'too-deep') return;
    throw error;
  }
  throw new Error('not refused');
};

describe('size: results side by side (time per result should stay the same)', () => {
  for (const n of [1_000, 10_000, 50_000]) {
    const xml = wide(n);
    bench(`${2 * n} results, ${(xml.length / 1e6).toFixed(1)} MB`, () => {
      svarrapportToNilar(xml);
    });
  }
});

describe('size: one long text result (time per paragraph should stay the same)', () => {
  for (const lines of [1_000, 10_000, 100_000]) {
    const xml = longText(lines);
    bench(`${lines} paragraphs, ${(xml.length / 1e6).toFixed(1)} MB`, () => {
      svarrapportToNilar(xml);
    });
  }
});

describe('depth: refused at the limit, whatever the depth sent', () => {
  for (const depth of [1_000, 16_000, 200_000]) {
    const xml = deep(depth);
    bench(`${depth} levels`, () => refused(xml));
  }
});
