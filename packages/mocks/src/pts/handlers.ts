/**
 * MSW handlers for PTS access restrictions (../shared/domain/pps-api.md §8), with state in memory:
 * a restriction created here is found by the next search. Request bodies are checked by the same
 * rules the client applies, and refused with a 400 problem document naming the fields.
 */
import {
  type ConfidentialObjectId,
  checkAssociateParent,
  checkNewPatientSafetyRestriction,
  checkPatientSafetySearch,
  type NewPatientSafetyRestriction,
  type NilarDiagnosticReport,
  type PatientPrivacyRestriction,
  type PatientSafetyRestriction,
  type ValidationIssue,
  withholdsForEver,
} from '@pps-kit/api-client';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { getDefaultDataset, type MockResources } from '../data/dataset';
import { patientWithScenario } from '../data/patients';
import { createFaultPlayer, type FaultOption, jsonResponse } from '../shared/faults';

export interface PtsMockOptions {
  /** @default '*' (any origin and prefix) */
  baseUrl?: string;
  /** Restrictions present from the start. @default restrictions on the default dataset */
  patientSafety?: readonly PatientSafetyRestriction[];
  /** The patients' own privacy restrictions, per person. @default the block scenarios' restrictions */
  patientPrivacy?: Readonly<Record<string, readonly PatientPrivacyRestriction[]>>;
  fault?: FaultOption;
  /** The clock, for `ApplicableOnly` and validation. @default the real time */
  now?: () => Date;
}

const FOREVER = '9999-12-31T23:59:59Z';

/** PTS answers plain JSON, cut off half-way when the fault scenario asks for truncated JSON. */
const answer = (body: unknown, fault: { truncate: boolean }, status = 200) =>
  jsonResponse(body, { status, truncate: fault.truncate, contentType: 'application/json; charset=utf-8' });

const problem = (status: number, title: string, issues: readonly ValidationIssue[] = []) =>
  HttpResponse.json(
    {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title,
      status,
      errors: Object.fromEntries(issues.map((issue) => [issue.path, [issue.message]])),
    },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

const sameObject = (a: ConfidentialObjectId | undefined, b: ConfidentialObjectId | undefined) =>
  a !== undefined && b !== undefined && a.type === b.type && a.value === b.value;

/**
 * A delayed pathology answer and nothing else: the default restrictions on the default dataset.
 * The delay runs 14 days from the later of the report's issue and `now`, so that the answer is
 * still delayed whenever the mocks run (the dataset's dates are fixed).
 */
export function defaultPatientSafetyRestrictions(
  resources: MockResources = getDefaultDataset(),
  now: Date = new Date(),
): PatientSafetyRestriction[] {
  const patient = patientWithScenario('pathology-radiology');
  const histology = (resources[patient.personId] ?? []).find(
    (r): r is NilarDiagnosticReport =>
      r.resourceType === 'DiagnosticReport' && (r as NilarDiagnosticReport).code.coding?.[0]?.code === 'HIST',
  );
  if (!histology) return [];
  const issued = Date.parse(histology.issued ?? '');
  return [
    {
      id: 'b3f4c6d8-0a1b-4c2d-8e3f-405162738495',
      patientSafetyObject: {
        person: { offId: patient.personId },
        confidentialObjectId: { type: 'Svarrapport', value: histology.id },
      },
      confidentialityCode: 'NORU',
      delayDeliveryUntil: new Date(Math.max(issued, now.getTime()) + 14 * 86_400_000).toISOString(),
      cause: 'Manual',
      createdBy: { hprNumber: '9900203' },
      createdTime: histology.issued ?? '',
    },
  ];
}

export function defaultPatientPrivacyRestrictions(): Record<string, PatientPrivacyRestriction[]> {
  return {
    [patientWithScenario('general-block').personId]: [
      {
        id: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
        privacyType: 'Block',
        privacyLevel: 'Soft',
        restrictionDomain: 'PPS',
        objectScope: { type: 'All' },
        subjectScope: { type: 'All' },
      },
    ],
    [patientWithScenario('specific-block').personId]: [
      {
        id: 'e2f3a4b5-c6d7-4e8f-90a1-b2c3d4e5f6a7',
        privacyType: 'Block',
        privacyLevel: 'Hard',
        restrictionDomain: 'PPS',
        objectScope: { type: 'All' },
        subjectScope: {
          type: 'Specified',
          organisations: [{ her: '8000201', name: 'Fjordbyen legekontor' }],
        },
        timeRanges: [{ from: '2025-01-01T00:00:00Z' }],
      },
    ],
  };
}

export function createPtsHandlers(options: PtsMockOptions = {}): RequestHandler[] {
  const base = (options.baseUrl ?? '*').replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  let safety: PatientSafetyRestriction[] | undefined;
  const store = () => {
    safety ??= (options.patientSafety ?? defaultPatientSafetyRestrictions(undefined, now())).map((r) => ({
      ...r,
    }));
    return safety;
  };
  const privacy = options.patientPrivacy ?? defaultPatientPrivacyRestrictions();
  const play = createFaultPlayer(options.fault);
  const safetyPath = `${base}/v0.5/access-restrictions/patient-safety`;

  async function readJson(request: Request): Promise<unknown> {
    try {
      return await request.json();
    } catch {
      return undefined;
    }
  }

  return [
    http.post(`${safetyPath}/_search`, async ({ request }) => {
      const fault = await play();
      if ('respond' in fault) return fault.respond;
      const body = (await readJson(request)) as Parameters<typeof checkPatientSafetySearch>[0] | undefined;
      if (!body) return problem(400, 'The body must be JSON');
      const issues = checkPatientSafetySearch(body);
      if (issues.length > 0) return problem(400, 'Invalid search', issues);
      const time = now().getTime();
      const found = store().filter(
        (r) =>
          r.patientSafetyObject.person.offId === body.offId &&
          (!body.confidentialObjectId ||
            sameObject(r.patientSafetyObject.confidentialObjectId, body.confidentialObjectId)) &&
          (!body.parentConfidentialObjectId ||
            sameObject(r.parentConfidentialObjectId, body.parentConfidentialObjectId)) &&
          (!body.ApplicableOnly || !r.delayDeliveryUntil || Date.parse(r.delayDeliveryUntil) > time),
      );
      return answer(found, fault);
    }),

    http.post(`${safetyPath}/associate-parent`, async ({ request }) => {
      const fault = await play();
      if ('respond' in fault) return fault.respond;
      const body = (await readJson(request)) as Parameters<typeof checkAssociateParent>[0] | undefined;
      if (!body) return problem(400, 'The body must be JSON');
      const issues = checkAssociateParent(body);
      if (issues.length > 0) return problem(400, 'Invalid request', issues);
      // The parent's restrictions now also apply to the child, as derived restrictions.
      const derived = store()
        .filter(
          (r) =>
            r.patientSafetyObject.person.offId === body.offId &&
            sameObject(r.patientSafetyObject.confidentialObjectId, body.parentConfidentialObjectId),
        )
        .map(
          (parent): PatientSafetyRestriction => ({
            ...parent,
            id: crypto.randomUUID(),
            patientSafetyObject: {
              person: { offId: body.offId },
              confidentialObjectId: body.confidentialObjectId,
            },
            parentConfidentialObjectId: body.parentConfidentialObjectId,
            cause: 'Derived',
            createdTime: now().toISOString(),
          }),
        );
      store().push(...derived);
      return answer(derived, fault);
    }),

    http.post(safetyPath, async ({ request }) => {
      const fault = await play();
      if ('respond' in fault) return fault.respond;
      const body = (await readJson(request)) as NewPatientSafetyRestriction | undefined;
      if (!body) return problem(400, 'The body must be JSON');
      const issues = checkNewPatientSafetyRestriction(body, now());
      if (issues.length > 0) return problem(400, 'Invalid restriction', issues);
      const created: PatientSafetyRestriction = {
        ...body,
        id: crypto.randomUUID(),
        cause: body.cause ?? 'Manual',
        createdTime: now().toISOString(),
        ...(withholdsForEver(body.confidentialityCode) ? { delayDeliveryUntil: FOREVER } : {}),
      };
      store().push(created);
      return answer(created, fault, 201);
    }),

    http.post(`${base}/access-restrictions/patient-privacy/_search`, async ({ request }) => {
      const fault = await play();
      if ('respond' in fault) return fault.respond;
      const body = (await readJson(request)) as { offId?: string } | undefined;
      if (!body?.offId)
        return problem(400, 'offId is required', [{ path: 'offId', code: 'required', message: 'required' }]);
      return answer(privacy[body.offId] ?? [], fault);
    }),
  ];
}
