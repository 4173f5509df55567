import { PERSON_IDENTIFIER_SYSTEMS } from './code-systems';
import { PpsPatientMismatchError } from './errors';
import type { Reference } from './fhir';

/**
 * The patient guard: a resource's subject must name the requested person. Defensive reading of
 * pps-api.md Q12: a subject without a person identifier cannot be tied to the patient, so it is
 * refused too (should PPS ever send pseudonyms, revisit this with NHN). Throws
 * PpsPatientMismatchError naming the path, never the other person's id.
 */
export function assertSubjectIs(
  subject: Pick<Reference, 'identifier'> | undefined,
  personId: string,
  path: string,
  correlationId?: string,
): void {
  const identifier = subject?.identifier;
  const systemOk = identifier?.system === undefined || PERSON_IDENTIFIER_SYSTEMS.includes(identifier.system);
  if (!identifier || !systemOk || identifier.value !== personId) {
    throw new PpsPatientMismatchError(`${path}.subject`, correlationId);
  }
}
