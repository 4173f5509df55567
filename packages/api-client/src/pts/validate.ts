/**
 * Checks of PTS request bodies, before anything is sent, with field-level issues.
 * Defensive reading of pps-api.md §8.2 where the docs are thin:
 * - `N` takes no delay; the `NORN_*` codes take none either (PTS withholds for ever by itself);
 *   every other code needs exactly one of `delayDays`, `delayDeliveryUntil`, `delayFromTime`.
 * - `delayDays` is for requisitions only and is a whole number of days from 1.
 * - `delayDeliveryUntil` must lie in the future.
 */
import type { ValidationIssue } from '../shared/errors';
import { isValidPersonId } from '../shared/person-id';
import type {
  AssociateParentRequest,
  ConfidentialObjectId,
  NewPatientSafetyRestriction,
  PatientSafetySearch,
} from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CAUSES = ['Manual', 'Automated', 'Derived', 'Undefined'];
const DELAYS = ['delayDays', 'delayDeliveryUntil', 'delayFromTime'] as const;

const issue = (path: string, code: ValidationIssue['code'], message: string): ValidationIssue => ({
  path,
  code,
  message,
});

export const withholdsForEver = (code: string): boolean => code.startsWith('NORN_');

function checkOffId(offId: unknown, path: string): ValidationIssue[] {
  if (typeof offId !== 'string' || offId === '') return [issue(path, 'required', 'a person id is required')];
  if (!isValidPersonId(offId)) {
    return [issue(path, 'invalid', 'not a valid fødselsnummer, D-nummer or hjelpenummer')];
  }
  return [];
}

function checkObjectId(
  id: ConfidentialObjectId | undefined,
  path: string,
  required: boolean,
): ValidationIssue[] {
  if (!id) return required ? [issue(path, 'required', 'an object id is required')] : [];
  const issues: ValidationIssue[] = [];
  if (id.type !== 'Rekvisisjon' && id.type !== 'Svarrapport') {
    issues.push(issue(`${path}.type`, 'invalid', 'must be Rekvisisjon or Svarrapport'));
  }
  if (typeof id.value !== 'string' || !UUID.test(id.value)) {
    issues.push(issue(`${path}.value`, 'invalid', 'must be a UUID'));
  }
  return issues;
}

/** Issues with a new patient-safety restriction; empty when it may be sent. */
export function checkNewPatientSafetyRestriction(
  body: NewPatientSafetyRestriction,
  now: Date = new Date(),
): ValidationIssue[] {
  const issues = [
    ...checkOffId(body.patientSafetyObject?.person?.offId, 'patientSafetyObject.person.offId'),
    ...checkObjectId(
      body.patientSafetyObject?.confidentialObjectId,
      'patientSafetyObject.confidentialObjectId',
      true,
    ),
    ...checkObjectId(body.parentConfidentialObjectId, 'parentConfidentialObjectId', false),
  ];
  const code = body.confidentialityCode;
  if (typeof code !== 'string' || code === '') {
    issues.push(issue('confidentialityCode', 'required', 'a confidentiality code (9603) is required'));
  }
  if (body.cause !== undefined && !CAUSES.includes(body.cause)) {
    issues.push(issue('cause', 'invalid', `must be one of ${CAUSES.join(', ')}`));
  }

  const given = DELAYS.filter((key) => body[key] !== undefined);
  const takesNoDelay = code === 'N' || (typeof code === 'string' && withholdsForEver(code));
  if (takesNoDelay) {
    for (const key of given) {
      issues.push(issue(key, 'not-allowed', `code ${code} takes no delay`));
    }
  } else if (typeof code === 'string' && code !== '' && given.length !== 1) {
    for (const key of given.length === 0 ? DELAYS : given) {
      issues.push(
        issue(key, 'exactly-one', 'give exactly one of delayDays, delayDeliveryUntil or delayFromTime'),
      );
    }
  }

  if (body.delayDays !== undefined) {
    if (!Number.isInteger(body.delayDays) || body.delayDays < 1) {
      issues.push(issue('delayDays', 'out-of-range', 'a whole number of days, at least 1'));
    }
    if (body.patientSafetyObject?.confidentialObjectId?.type !== 'Rekvisisjon') {
      issues.push(issue('delayDays', 'not-allowed', 'days of delay apply to requisitions only'));
    }
  }
  for (const key of ['delayDeliveryUntil', 'delayFromTime'] as const) {
    const value = body[key];
    if (value === undefined) continue;
    const time = Date.parse(value);
    if (typeof value !== 'string' || Number.isNaN(time)) {
      issues.push(issue(key, 'invalid', 'an ISO 8601 date-time'));
    } else if (key === 'delayDeliveryUntil' && time <= now.getTime()) {
      issues.push(issue(key, 'in-past', 'must lie in the future'));
    }
  }
  return issues;
}

export function checkPatientSafetySearch(body: PatientSafetySearch): ValidationIssue[] {
  return [
    ...checkOffId(body.offId, 'offId'),
    ...checkObjectId(body.confidentialObjectId, 'confidentialObjectId', false),
    ...checkObjectId(body.parentConfidentialObjectId, 'parentConfidentialObjectId', false),
  ];
}

export function checkAssociateParent(body: AssociateParentRequest): ValidationIssue[] {
  const issues = [
    ...checkOffId(body.offId, 'offId'),
    ...checkObjectId(body.confidentialObjectId, 'confidentialObjectId', true),
    ...checkObjectId(body.parentConfidentialObjectId, 'parentConfidentialObjectId', true),
  ];
  if (body.confidentialObjectId?.type && body.confidentialObjectId.type !== 'Svarrapport') {
    issues.push(issue('confidentialObjectId.type', 'invalid', 'the child must be a Svarrapport'));
  }
  if (body.parentConfidentialObjectId?.type && body.parentConfidentialObjectId.type !== 'Rekvisisjon') {
    issues.push(issue('parentConfidentialObjectId.type', 'invalid', 'the parent must be a Rekvisisjon'));
  }
  return issues;
}
