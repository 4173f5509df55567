import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PpsResponseError } from '../shared/errors';
import { NilarBundleSchema } from './schema';
import { validateNilarBundle } from './validate';

const subject = {
  identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: '13867410028' },
  display: 'x',
};
const concept = fc.record(
  {
    coding: fc.array(
      fc.record({ system: fc.string(), code: fc.string(), display: fc.string() }, { requiredKeys: [] }),
      {
        maxLength: 2,
      },
    ),
    text: fc.string(),
  },
  { requiredKeys: [] },
);
const reference = fc.record({ reference: fc.string(), display: fc.string() }, { requiredKeys: [] });
const extension = fc.record(
  { url: fc.webUrl(), valueString: fc.string(), valueBoolean: fc.boolean(), valueDateTime: fc.string() },
  { requiredKeys: ['url'] },
);
const id = fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/);

const diagnosticReport = fc.record(
  {
    resourceType: fc.constant('DiagnosticReport'),
    id,
    status: fc.constantFrom(
      'registered',
      'preliminary',
      'final',
      'amended',
      'appended',
      'cancelled',
      'unknown',
    ),
    code: concept,
    subject: fc.constant(subject),
    category: fc.array(concept, { maxLength: 1 }),
    effectiveDateTime: fc.string(),
    issued: fc.string(),
    result: fc.array(reference, { maxLength: 3 }),
    extension: fc.array(extension, { maxLength: 2 }),
    somethingNew: fc.jsonValue(),
  },
  { requiredKeys: ['resourceType', 'id', 'status', 'code', 'subject'] },
);

const quantity = fc.record(
  {
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    unit: fc.string(),
    comparator: fc.constantFrom('<', '<=', '>=', '>'),
  },
  { requiredKeys: [] },
);

const observation = fc.record(
  {
    resourceType: fc.constant('Observation'),
    id,
    status: fc.constantFrom('registered', 'preliminary', 'final', 'amended', 'cancelled', 'unknown'),
    code: concept,
    subject: fc.constant(subject),
    valueQuantity: quantity,
    valueCodeableConcept: concept,
    interpretation: fc.array(concept, { maxLength: 1 }),
    referenceRange: fc.array(fc.record({ text: fc.string(), low: quantity }, { requiredKeys: [] }), {
      maxLength: 1,
    }),
    hasMember: fc.array(reference, { maxLength: 3 }),
    meta: fc.record({
      tag: fc.array(fc.record({ system: fc.string(), code: fc.string() }), { maxLength: 2 }),
    }),
  },
  { requiredKeys: ['resourceType', 'id', 'status', 'code', 'subject'] },
);

const outcome = fc.record({
  resourceType: fc.constant('OperationOutcome'),
  issue: fc.array(
    fc.record(
      {
        severity: fc.constantFrom('fatal', 'error', 'warning', 'information'),
        code: fc.string(),
        details: concept,
      },
      { requiredKeys: ['severity', 'code'] },
    ),
    { maxLength: 2 },
  ),
});

const other = fc.record({ resourceType: fc.constantFrom('Provenance', 'Binary'), id, data: fc.jsonValue() });

const bundle = fc.record(
  {
    resourceType: fc.constant('Bundle'),
    type: fc.constant('searchset'),
    total: fc.nat(),
    link: fc.array(fc.record({ relation: fc.string(), url: fc.string() }), { maxLength: 2 }),
    entry: fc.array(
      fc.record(
        {
          resource: fc.oneof(diagnosticReport, observation, outcome, other),
          search: fc.record({ mode: fc.constantFrom('match', 'include', 'outcome') }),
        },
        { requiredKeys: ['resource'] },
      ),
      { maxLength: 5 },
    ),
  },
  { requiredKeys: ['resourceType', 'type'] },
);

/** Every path into a JSON value, objects and arrays alike. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key])),
  ];
}

function mutate(
  value: unknown,
  path: (string | number)[],
  replacement: { delete: true } | { value: unknown },
): unknown {
  if (path.length === 0) return 'delete' in replacement ? undefined : replacement.value;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if ('delete' in replacement) delete node[last];
  else node[last] = replacement.value;
  return copy;
}

describe('validateNilarBundle', () => {
  it('accepts every well-formed Bundle and keeps every element, known or not, without a copy', () => {
    fc.assert(
      fc.property(bundle, (input) => {
        const json = JSON.parse(JSON.stringify(input));
        // The Bundle itself comes back, not a copy of it …
        expect(validateNilarBundle(json)).toBe(json);
        // … which is right because the schema strips and transforms nothing: its own output is the input.
        expect(v.parse(NilarBundleSchema, json)).toEqual(json);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts or rejects mutated Bundles with PpsResponseError, and nothing else escapes', () => {
    const mutated = bundle.chain((input) => {
      const json: unknown = JSON.parse(JSON.stringify(input));
      const all = paths(json);
      return fc.tuple(
        fc.constant(json),
        fc.constantFrom(...all),
        fc.oneof(
          fc.constant({ delete: true } as const),
          fc.anything().map((value) => ({ value })),
          fc.constantFrom(null, '', 0, -1, 1.5, [], {}, 'final', Number.NaN).map((value) => ({ value })),
        ),
      );
    });
    let rejected = 0;
    fc.assert(
      fc.property(mutated, ([json, path, replacement]) => {
        const input = mutate(json, path, replacement);
        try {
          validateNilarBundle(input);
        } catch (error) {
          rejected += 1;
          expect(error).toBeInstanceOf(PpsResponseError);
          expect((error as PpsResponseError).path).toMatch(/^(\$|[A-Za-z_]\w*)/);
        }
      }),
      { numRuns: 1500 },
    );
    expect(rejected).toBeGreaterThan(100);
  });

  it.each([
    [null, '$'],
    ['<html>', '$'],
    [{ resourceType: 'OperationOutcome', issue: [] }, 'resourceType'],
    [{ resourceType: 'Bundle', type: 'searchset', total: -1 }, 'total'],
    [{ resourceType: 'Bundle', type: 'searchset', entry: {} }, 'entry'],
    [{ resourceType: 'Bundle', type: 'searchset', entry: [{}] }, 'entry[0].resource'],
    [
      {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [
          { resource: { resourceType: 'DiagnosticReport', id: 'r', status: 'done', code: {}, subject } },
        ],
      },
      'entry[0].resource.status',
    ],
    [
      {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [{ resource: { resourceType: 'DiagnosticReport', id: 'r', status: 'final', code: {} } }],
      },
      'entry[0].resource.subject',
    ],
    [
      {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [
          {
            resource: {
              resourceType: 'Observation',
              id: 'o',
              status: 'final',
              code: {},
              subject,
              valueQuantity: { value: '5,2' },
            },
          },
        ],
      },
      'entry[0].resource.valueQuantity.value',
    ],
    [
      {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [
          {
            resource: {
              resourceType: 'Observation',
              id: 'o',
              status: 'final',
              code: {},
              subject,
              hasMember: [{ reference: 5 }],
            },
          },
        ],
      },
      'entry[0].resource.hasMember[0].reference',
    ],
  ])('names the path of the first problem in %j', (input, path) => {
    expect(() => validateNilarBundle(input)).toThrow(PpsResponseError);
    try {
      validateNilarBundle(input);
    } catch (error) {
      expect((error as PpsResponseError).path).toBe(path);
    }
  });
});
