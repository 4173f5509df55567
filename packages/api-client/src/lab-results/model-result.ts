/** One result of a report, with its members: what the lab sent of it, read for the views. */
import { CODE_LIST, isVolvenSystem, NILAR_EXTENSION } from '../shared/code-systems';
import { PpsResponseError } from '../shared/errors';
import type { NilarObservation, NilarPractitionerRole } from '../shared/fhir';
import { classifyResult } from './classify';
import { conceptText, extensions, isHistory, labStatusOf, partyOf, type Resolver } from './model-read';
import type { LabResult, Party } from './model-types';
import { componentValue, readValue } from './model-values';
import { parseReferenceRange } from './reference-range';

/**
 * The deepest hasMember nesting read (a panel of panels of results is three). A deeper chain is
 * not a lab's message: a typed error, never a stack overflow.
 */
const MAX_MEMBER_DEPTH = 32;

/**
 * One result with its members. `ancestors` are the results above it: a member that is its own
 * ancestor (a cycle) is left out, since it is already shown; a member two results share is shown
 * under each.
 */
export function resultOf(
  observation: NilarObservation,
  resolver: Resolver,
  ancestors: readonly string[] = [],
): LabResult {
  if (ancestors.length >= MAX_MEMBER_DEPTH) {
    throw new PpsResponseError(
      `Observation/${observation.id}.hasMember`,
      `results nested more than ${MAX_MEMBER_DEPTH} levels deep`,
    );
  }
  const path = [...ancestors, observation.id];
  const codes = observation.code.coding ?? [];
  const name = conceptText(observation.code) ?? '';
  const { value, susceptibility } = readValue(observation, name);
  const ranges = (observation.referenceRange ?? []).map((r) => parseReferenceRange(r));
  const range = ranges[0] ?? parseReferenceRange(undefined);
  const nlk = codes.find((c) => isVolvenSystem(c.system, CODE_LIST.nlk))?.code;
  const accredited = extensions(observation, NILAR_EXTENSION.accredited).find(
    (e) => typeof e.valueBoolean === 'boolean',
  );
  const members = (observation.hasMember ?? [])
    .map((ref) => resolver.get<NilarObservation>(ref, 'Observation'))
    .filter((m): m is NilarObservation => m !== undefined && !path.includes(m.id)) // a cycle never loops
    .map((m) => resultOf(m, resolver, path));
  const labStatus = labStatusOf(observation);
  return {
    id: observation.id,
    name,
    codes,
    ...(nlk ? { nlk } : {}),
    status: observation.status,
    value,
    ...((value.kind === 'quantity' || value.kind === 'text' || value.kind === 'coded') && value.unit
      ? { unit: value.unit }
      : {}),
    range,
    ranges,
    classification: classifyResult(observation, range),
    ...(susceptibility ? { susceptibility } : {}),
    comments: (observation.note ?? []).map((n) => n.text).filter(Boolean),
    ...(accredited ? { accredited: accredited.valueBoolean as boolean } : {}),
    ...(observation.effectiveDateTime ? { effective: observation.effectiveDateTime } : {}),
    ...(observation.specimen?.reference
      ? { specimenId: observation.specimen.reference.split('/').pop() as string }
      : {}),
    history: isHistory(observation),
    structured: (observation.component ?? []).map((c) => ({
      heading: conceptText(c.code) ?? '',
      value: componentValue(c),
    })),
    method: (observation.method?.coding ?? [])
      .map((c) => c.display ?? c.code)
      .filter((m): m is string => Boolean(m)),
    performers: (observation.performer ?? [])
      .map((ref) => partyOf(resolver.get<NilarPractitionerRole>(ref, 'PractitionerRole'), ref))
      .filter((p): p is Party => p !== undefined),
    ...(labStatus ? { labStatus } : {}),
    members,
  };
}
