import * as v from 'valibot';
import { PpsResponseError } from '../shared/errors';
import type { Bundle, NilarResource, ResourceBase } from '../shared/fhir';
import { issuePath, NilarBundleSchema } from './schema';

/**
 * Checks `body` against `schema`; a mismatch becomes a PpsResponseError naming the JSON path of
 * the first problem. Elements the schema does not list are kept.
 */
export function validateWith<T>(
  schema: v.GenericSchema<unknown, T>,
  body: unknown,
  correlationId?: string,
): T {
  const result = v.safeParse(schema, body, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new PpsResponseError(issue ? issuePath(issue) : '$', issue?.message ?? 'invalid', correlationId);
}

/**
 * Validates a Bundle as PPS returns it (searchset of NILAR resources). Returns the same object,
 * typed, every unknown element and extension kept; throws PpsResponseError naming the path otherwise.
 */
export function validateNilarBundle(
  json: unknown,
  correlationId?: string,
): Bundle<NilarResource | ResourceBase> {
  // Every object of the schema is loose and nothing transforms: the Bundle checked is the Bundle
  // returned, not a copy (a long history would be held twice).
  validateWith(NilarBundleSchema, json, correlationId);
  return json as Bundle<NilarResource | ResourceBase>;
}
