/**
 * Several Svarrapport messages as PPS would hold them: a later message for the same report
 * (changed, appended, cancelled) replaces the earlier version, keeping its first-version date.
 */
import type { Bundle, NilarDiagnosticReport, ResourceBase } from '@pps-kit/api-client';
import { svarrapportToNilar } from './convert';

type Message = string | Uint8Array | ArrayBuffer;

const reportsOf = (bundle: Bundle) =>
  (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter((r): r is NilarDiagnosticReport => r?.resourceType === 'DiagnosticReport');

const personOf = (bundle: Bundle): string | undefined => reportsOf(bundle)[0]?.subject.identifier?.value;

/**
 * Converts `messages` in the order they were issued (GenDate) and keeps, per report, only the
 * latest version: resources per person, ready for `createPpsHandlers({ resources })`.
 */
export function svarrapporterToResources(messages: readonly Message[]): Record<string, ResourceBase[]> {
  const converted = messages
    .map((message) => ({ message, bundle: svarrapportToNilar(message) }))
    .sort((a, b) => Date.parse(a.bundle.timestamp ?? '') - Date.parse(b.bundle.timestamp ?? ''));
  const latest = new Map<string, Bundle>();
  for (const { message, bundle } of converted) {
    const [report] = reportsOf(bundle);
    if (!report) continue;
    const previous = latest.get(report.id);
    latest.set(report.id, previous ? svarrapportToNilar(message, { previous }) : bundle);
  }
  const byPerson: Record<string, ResourceBase[]> = {};
  for (const bundle of latest.values()) {
    const personId = personOf(bundle);
    if (!personId) continue;
    const list = byPerson[personId] ?? [];
    for (const entry of bundle.entry ?? []) if (entry.resource) list.push(entry.resource);
    byPerson[personId] = list;
  }
  return byPerson;
}
