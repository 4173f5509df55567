/**
 * PaRek requisitions as the UI shows them: what was asked for, when the samples are due, who asked,
 * and which specimens have been collected so far. Pure and synchronous.
 */
import type { Coding } from '../shared/fhir';
import type { ParekServiceRequest, ParekSpecimen } from './types';

export interface ParekAnalysis {
  /** NLK code, when there is one. */
  code?: string;
  name: string;
}

export interface ParekCollectedSpecimen {
  id: string;
  /** "Blod", "Urin" … */
  type?: string;
  collected?: string;
  /** Who or where took it. */
  collector?: string;
  /** Sample number. */
  accession?: string;
}

/**
 * Where the requisition stands: `planned` (no specimen yet), `collecting` (some specimens taken),
 * `completed`, `revoked` or anything else PaRek may send (`other`).
 */
export type ParekStage = 'planned' | 'collecting' | 'completed' | 'revoked' | 'other';

/** For an active requisition: whether the sampling window has opened or has passed. */
export type ParekWindow = 'upcoming' | 'open' | 'overdue';

export interface ParekRequisition {
  id: string;
  status: ParekServiceRequest['status'];
  stage: ParekStage;
  window?: ParekWindow;
  /** The requisition's name ("Årskontroll diabetes"). */
  title?: string;
  analyses: ParekAnalysis[];
  /** When the samples are due. */
  period?: { start?: string; end?: string };
  authoredOn?: string;
  requester?: { person?: string; organisation?: string };
  notes: string[];
  /** Specimens taken for it so far, oldest first. */
  specimens: ParekCollectedSpecimen[];
}

const NLK = /7280/;
const textOf = (concept: { text?: string; coding?: Coding[] } | undefined) =>
  concept?.text ?? concept?.coding?.find((c) => c.display)?.display;

function requesterOf(request: ParekServiceRequest): ParekRequisition['requester'] {
  const ref = request.requester?.reference;
  const contained = ref?.startsWith('#')
    ? request.contained?.find((resource) => resource.id === ref.slice(1))
    : undefined;
  const person = (contained?.practitioner as { display?: string } | undefined)?.display;
  const organisation = (contained?.organization as { display?: string } | undefined)?.display;
  if (person || organisation) {
    return { ...(person ? { person } : {}), ...(organisation ? { organisation } : {}) };
  }
  return request.requester?.display ? { person: request.requester.display } : undefined;
}

function specimenOf(specimen: ParekSpecimen): ParekCollectedSpecimen {
  const type = textOf(specimen.type);
  const collected = specimen.collection?.collectedDateTime;
  const collector = specimen.collection?.collector?.display;
  const accession = specimen.identifier?.[0]?.value;
  return {
    id: specimen.id,
    ...(type ? { type } : {}),
    ...(collected ? { collected } : {}),
    ...(collector ? { collector } : {}),
    ...(accession ? { accession } : {}),
  };
}

const STAGE_ORDER: Record<ParekStage, number> = {
  collecting: 0,
  planned: 1,
  other: 2,
  completed: 3,
  revoked: 4,
};

/**
 * The patient's PaRek requisitions with their specimens: active ones first (soonest due first),
 * then completed, then revoked (most recent first).
 */
export function toParekRequisitions(
  requests: readonly ParekServiceRequest[],
  specimens: readonly ParekSpecimen[],
  now: Date = new Date(),
): ParekRequisition[] {
  const byRequest = new Map<string, ParekSpecimen[]>();
  for (const specimen of specimens) {
    for (const ref of specimen.request ?? []) {
      const id = ref.reference?.split('/').pop();
      if (id) byRequest.set(id, [...(byRequest.get(id) ?? []), specimen]);
    }
  }
  const time = now.getTime();
  const requisitions = requests.map((request): ParekRequisition => {
    const taken = (byRequest.get(request.id) ?? [])
      .map(specimenOf)
      .sort((a, b) => Date.parse(a.collected ?? '') - Date.parse(b.collected ?? ''));
    const stage: ParekStage =
      request.status === 'completed'
        ? 'completed'
        : request.status === 'revoked' || request.status === 'entered-in-error'
          ? 'revoked'
          : request.status === 'active' || request.status === 'draft' || request.status === 'on-hold'
            ? taken.length > 0
              ? 'collecting'
              : 'planned'
            : 'other';
    const start = Date.parse(request.occurrencePeriod?.start ?? '');
    const end = Date.parse(request.occurrencePeriod?.end ?? '');
    const window: ParekWindow | undefined =
      stage !== 'planned' && stage !== 'collecting'
        ? undefined
        : end < time
          ? 'overdue'
          : start > time
            ? 'upcoming'
            : 'open';
    const analyses = (request.orderDetail ?? []).flatMap((detail): ParekAnalysis[] => {
      const concept = detail.parameterFocus?.concept;
      const name =
        textOf(concept) ??
        detail.parameter.find((p) => p.valueString)?.valueString ??
        textOf(detail.parameter[0]?.code);
      if (!name) return [];
      const code = concept?.coding?.find((c) => c.system && NLK.test(c.system))?.code;
      return [{ name, ...(code ? { code } : {}) }];
    });
    const title = textOf(request.code?.concept);
    const requester = requesterOf(request);
    return {
      id: request.id,
      status: request.status,
      stage,
      ...(window ? { window } : {}),
      ...(title ? { title } : {}),
      analyses,
      ...(request.occurrencePeriod ? { period: request.occurrencePeriod } : {}),
      ...(request.authoredOn ? { authoredOn: request.authoredOn } : {}),
      ...(requester ? { requester } : {}),
      notes: (request.note ?? []).flatMap((note) => (note.text ? [note.text] : [])),
      specimens: taken,
    };
  });
  const due = (r: ParekRequisition) => Date.parse(r.period?.start ?? r.authoredOn ?? '') || 0;
  return requisitions.sort(
    (a, b) =>
      STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] ||
      (a.stage === 'completed' || a.stage === 'revoked' ? due(b) - due(a) : due(a) - due(b)),
  );
}

/** Whether a requisition is done with: completed, or revoked (entered in error included). */
export const isClosedRequisition = (requisition: Pick<ParekRequisition, 'stage'>): boolean =>
  requisition.stage === 'completed' || requisition.stage === 'revoked';

/** The requisitions still open (in the order given) and those done with (completed or revoked). */
export function splitRequisitions<T extends Pick<ParekRequisition, 'stage'>>(
  requisitions: readonly T[],
): { active: T[]; closed: T[] } {
  return {
    active: requisitions.filter((requisition) => !isClosedRequisition(requisition)),
    closed: requisitions.filter(isClosedRequisition),
  };
}
