/**
 * Compares what the message says with what the Bundle says, and names every difference: an item
 * lost, an item moved to another parent or place, a field changed. Test code only.
 */
import type { ItemFacts, ReportFacts } from './facts';

export interface Difference {
  kind: 'lost' | 'extra' | 'moved' | 'changed';
  /** `report 1`, or `report 1, item 4 "Escherichia coli"`. */
  where: string;
  field: string;
  expected: unknown;
  actual: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const ITEM_FIELDS = [
  'id',
  'patient',
  'name',
  'codes',
  'method',
  'value',
  'ranges',
  'flag',
  'labWords',
  'comments',
  'status',
  'labStatus',
  'times',
  'specimen',
  'performers',
  'structured',
  'accredited',
  'history',
  'linkProblem',
] as const satisfies readonly (keyof ItemFacts)[];

const REPORT_FIELDS = [
  'patient',
  'labReportId',
  'type',
  'performers',
  'requester',
  'status',
  'labStatus',
  'issued',
  'firstIssued',
  'approved',
  'comments',
  'attachmentsDropped',
  'clinicalInfo',
  'specimens',
  'requisition',
] as const satisfies readonly (keyof ReportFacts)[];

/** Every difference between the oracle's facts (`expected`) and the Bundle's (`actual`). */
export function differences(expected: ReportFacts[], actual: ReportFacts[]): Difference[] {
  const out: Difference[] = [];
  const count = Math.max(expected.length, actual.length);
  for (let r = 0; r < count; r++) {
    const e = expected[r];
    const a = actual[r];
    const where = `report ${r + 1}`;
    if (!e || !a) {
      out.push({
        kind: e ? 'lost' : 'extra',
        where,
        field: 'report',
        expected: e?.status,
        actual: a?.status,
      });
      continue;
    }
    for (const field of REPORT_FIELDS) {
      if (!same(e[field], a[field]))
        out.push({ kind: 'changed', where, field, expected: e[field], actual: a[field] });
    }
    const items = Math.max(e.items.length, a.items.length);
    for (let i = 0; i < items; i++) {
      const ei = e.items[i];
      const ai = a.items[i];
      const label = `${where}, item ${i} "${ei?.name ?? ai?.name ?? ''}"`;
      if (!ei || !ai) {
        out.push({
          kind: ei ? 'lost' : 'extra',
          where: label,
          field: 'item',
          expected: ei?.name,
          actual: ai?.name,
        });
        continue;
      }
      if (ei.parent !== ai.parent || ei.position !== ai.position) {
        out.push({
          kind: 'moved',
          where: label,
          field: 'parent',
          expected: { parent: ei.parent, position: ei.position },
          actual: { parent: ai.parent, position: ai.position },
        });
      }
      for (const field of ITEM_FIELDS) {
        if (!same(ei[field], ai[field]))
          out.push({ kind: 'changed', where: label, field, expected: ei[field], actual: ai[field] });
      }
    }
  }
  return out;
}

/** How many items were lost, moved or changed (an item with several changed fields counts once). */
export function tally(found: readonly Difference[]): Record<Difference['kind'], number> {
  const seen = new Set<string>();
  const counts = { lost: 0, extra: 0, moved: 0, changed: 0 };
  for (const d of found) {
    const key = `${d.kind}|${d.where}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts[d.kind] += 1;
  }
  return counts;
}
