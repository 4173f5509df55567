/**
 * When the patient can see an object (a report or a requisition) on Helsenorge, from the
 * patient-safety restrictions PTS holds for it (../shared/domain/pps-api.md §8.2).
 */
import type { PatientPrivacyRestriction, PatientSafetyRestriction } from './types';
import { withholdsForEver } from './validate';

export type CitizenVisibility =
  /** No restriction applies now: the patient can see it. */
  | { kind: 'visible' }
  /** Delayed: visible from `until`, or from a time PTS has not given (`until` absent). */
  | { kind: 'delayed'; until?: string; restriction: PatientSafetyRestriction }
  /** Withheld for ever (a `NORN_*` code, or a delay to year 9999). */
  | { kind: 'withheld'; restriction: PatientSafetyRestriction };

const DAY = 86_400_000;
/** PTS writes "for ever" as a delay to year 9999. */
const FOREVER_FROM = Date.UTC(9000, 0, 1);

/** The end of a restriction's delay in milliseconds, `Infinity` for ever, `undefined` if unknown. */
function delayEnd(restriction: PatientSafetyRestriction): number | undefined {
  if (withholdsForEver(restriction.confidentialityCode)) return Number.POSITIVE_INFINITY;
  if (restriction.delayDeliveryUntil) {
    const until = Date.parse(restriction.delayDeliveryUntil);
    if (!Number.isNaN(until)) return until >= FOREVER_FROM ? Number.POSITIVE_INFINITY : until;
  }
  if (restriction.delayDays !== undefined) {
    const from = Date.parse(restriction.delayFromTime ?? restriction.createdTime ?? '');
    if (!Number.isNaN(from)) return from + restriction.delayDays * DAY;
  }
  return undefined;
}

/**
 * What the patient sees now, given the restrictions on one object. The strictest applies: withheld
 * before an unknown delay before the latest delay. Restrictions with code `N` or a delay that has
 * passed do not count.
 */
export function citizenVisibility(
  restrictions: readonly PatientSafetyRestriction[],
  now: Date = new Date(),
): CitizenVisibility {
  let result: CitizenVisibility = { kind: 'visible' };
  let latest = now.getTime();
  for (const restriction of restrictions) {
    if (restriction.confidentialityCode === 'N') continue;
    const end = delayEnd(restriction);
    if (end === Number.POSITIVE_INFINITY) return { kind: 'withheld', restriction };
    if (end === undefined) {
      result = { kind: 'delayed', restriction };
      latest = Number.POSITIVE_INFINITY;
    } else if (end > latest) {
      latest = end;
      result = { kind: 'delayed', until: new Date(end).toISOString(), restriction };
    }
  }
  return result;
}

/** One object's restrictions as a view has them: still loading, failed, or there. */
export type VisibilityPart =
  | { state: 'loading' }
  | { state: 'error' }
  | { state: 'data'; restrictions: readonly PatientSafetyRestriction[] };

export type VisibilitySummary = CitizenVisibility | { kind: 'checking' } | { kind: 'unknown' };

/**
 * One answer for what the patient sees of a report and the objects it comes with (its
 * requisition): withheld when any part is withheld; unknown when PTS failed for any part (no
 * claim of "now" or of a date can be made then); checking while any part loads; else the
 * strictest delay over all of them.
 */
export function visibilitySummary(
  parts: readonly VisibilityPart[],
  now: Date = new Date(),
): VisibilitySummary {
  const known: PatientSafetyRestriction[] = [];
  let failed = false;
  let loading = false;
  for (const part of parts) {
    if (part.state === 'error') failed = true;
    else if (part.state === 'loading') loading = true;
    else known.push(...part.restrictions);
  }
  const visibility = citizenVisibility(known, now);
  if (visibility.kind === 'withheld') return visibility;
  if (failed) return { kind: 'unknown' };
  if (loading) return { kind: 'checking' };
  return visibility;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A requisition's object id in PTS, which holds UUIDs only: its requisition id where that is one,
 * else its ServiceRequest's id where that is one; else none (PTS can hold nothing on it, and
 * asking would only fail).
 */
export function requisitionObjectId(
  requisition: { id?: string; resourceId?: string } | undefined,
): { type: 'Rekvisisjon'; value: string } | undefined {
  const value = [requisition?.id, requisition?.resourceId].find((id) => UUID.test(id ?? ''));
  return value ? { type: 'Rekvisisjon', value } : undefined;
}

/**
 * The privacy restrictions that hold for PPS: those of the PPS domain, and those that name no
 * domain (they hold everywhere). Restrictions of other domains are left out.
 */
export const ppsPrivacyRestrictions = (
  restrictions: readonly PatientPrivacyRestriction[],
): PatientPrivacyRestriction[] =>
  restrictions.filter((r) => r.restrictionDomain === 'PPS' || !r.restrictionDomain);
