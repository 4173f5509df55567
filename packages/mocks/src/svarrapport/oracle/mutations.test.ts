// @vitest-environment jsdom
/**
 * The oracle can fail: every field of the converter's output that carries something the lab sent
 * is dropped, one at a time, from every message that has it, and the oracle must notice. Fields
 * that carry nothing of the lab's (ids, derived search tags, copies) are listed below, each with
 * the reason it is not a fact.
 */
import type { Bundle } from '@pps-kit/api-client';
import { describe, expect, it } from 'vitest';
import { svarrapportToNilar } from '../convert';
import { PPS_KIT_MESSAGES } from '../messages';
import { readSample, sampleFiles } from '../testing/samples';
import { bundleFacts } from './bundle-facts';
import { differences } from './compare';
import { messageFacts } from './message-facts';

type Json = Record<string, unknown>;

/** Leaf paths of a JSON value: `entry[3].resource.valueQuantity.unit`. */
function leaves(node: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(node)) return node.flatMap((n, i) => leaves(n, [...at, i]));
  if (node !== null && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => leaves(v, [...at, k]));
  return [at];
}

/** `Observation.valueQuantity.unit`: a leaf path without indices, named by its resource type. */
function shape(bundle: Bundle, path: (string | number)[]): string {
  const resource = bundle.entry?.[path[1] as number]?.resource;
  return [resource?.resourceType, ...path.slice(3).filter((p) => typeof p === 'string')].join('.');
}

/** `check` with the leaf at `path` left out of `bundle` (put back afterwards). */
function without<T>(bundle: Bundle, path: (string | number)[], check: () => T): T {
  let node = bundle as unknown as Json;
  for (const step of path.slice(0, -1)) node = (node as Json)[step as string] as Json;
  const last = path.at(-1) as string | number;
  if (Array.isArray(node)) {
    const [removed] = node.splice(last as number, 1);
    try {
      return check();
    } finally {
      node.splice(last as number, 0, removed);
    }
  }
  const value = node[last];
  delete node[last];
  try {
    return check();
  } finally {
    node[last] = value;
  }
}

/** Leaves that hold nothing the lab sent, and why. */
const NOT_FACTS: [RegExp, string][] = [
  [/^\w+\.id$/, 'a resource id pps-kit makes up (references are checked through what they point at)'],
  [/\.meta\.tag\./, 'search tags PPS copies from the tree (pps-api.md §4.2)'],
  [/^(Observation|DiagnosticReport)\.category\./, 'the fagområde, derived from MsgDescr'],
  [/\.basedOn\.reference$/, 'the link to the requisition of the same report'],
  [/^Observation\.issued$/, 'a copy of the report’s GenDate, compared on the report'],
  [/^ServiceRequest\.(status|intent)$/, 'derived from the report status'],
  [
    /^DiagnosticReport\.effectiveDateTime$/,
    'derived: the earliest of its results’ times, each of which is compared',
  ],
  [/^ServiceRequest\.specimen\.reference$/, 'derived: every specimen of the report'],
  [/^Specimen\.accessionIdentifier\.system$/, 'the IdentifierSource code NILAR writes, not the lab’s'],
];

const messages: [string, Uint8Array | string][] = [
  ...sampleFiles.map((f): [string, Uint8Array] => [f, readSample(f)]),
  ...PPS_KIT_MESSAGES.map((m, i): [string, string] => [`pps-kit message ${i}`, m]),
];

describe('the oracle notices when any one field of the converter’s output is dropped', () => {
  // CPU work only (a few thousand conversions read back), never a wait: a generous timeout.
  it('for every field that carries what the lab sent, in every message', { timeout: 120_000 }, () => {
    const unnoticed = new Map<string, string>();
    let dropped = 0;
    for (const [name, message] of messages) {
      const expected = messageFacts(message);
      const bundle = svarrapportToNilar(message);
      const tried = new Set<string>();
      for (const path of leaves(bundle)) {
        if (path[0] !== 'entry' || path[2] !== 'resource') continue;
        const where = shape(bundle, path);
        // Each kind of field once per message: the first of its kind in that message.
        if (tried.has(where) || NOT_FACTS.some(([pattern]) => pattern.test(where))) continue;
        tried.add(where);
        dropped += 1;
        const noticed = without(bundle, path, () => differences(expected, bundleFacts(bundle)).length > 0);
        if (!noticed && !unnoticed.has(where)) unnoticed.set(where, `${name}: ${path.join('.')}`);
      }
    }
    expect(dropped).toBeGreaterThan(2_000);
    expect([...unnoticed].map(([shapeOf, example]) => `${shapeOf} (${example})`)).toEqual([]);
  });
});
