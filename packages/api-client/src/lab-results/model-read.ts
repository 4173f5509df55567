/** Reading NILAR resources for the model: extensions, comments, parties, references, the lab's own status codes. */
import type { PpsSearchResult } from '../pps/search-result';
import { IDENTIFIER_SYSTEM, NILAR_EXTENSION, PPS_KIT_EXTENSION } from '../shared/code-systems';
import type {
  Coding,
  Extension,
  NilarObservation,
  NilarPractitionerRole,
  Reference,
  ResourceBase,
} from '../shared/fhir';
import type { LabComment, LabStatusCodes, Party } from './model-types';

export const extensions = (resource: { extension?: Extension[] } | undefined, url: string) =>
  (resource?.extension ?? []).filter((e) => e.url === url);
export const extensionDate = (resource: { extension?: Extension[] } | undefined, url: string) =>
  extensions(resource, url).find((e) => typeof e.valueDateTime === 'string')?.valueDateTime;

export function commentOf(extension: Extension): LabComment | undefined {
  const text =
    extension.valueString ??
    extension.valueAnnotation?.text ??
    extension.valueCodeableConcept?.text ??
    undefined;
  const coding = extension.valueCodeableConcept?.coding?.[0] ?? extension.valueCoding;
  if (!text && !coding) return undefined;
  return {
    ...(text ? { text } : {}),
    ...(coding?.code ? { code: coding.code } : {}),
    ...(coding?.display ? { display: coding.display } : {}),
  };
}

/** A concept's readable text: its text, else a coding's display, else its code. */
export const conceptText = (c: { text?: string; coding?: Coding[] } | undefined) =>
  c?.text ?? c?.coding?.find((x) => x.display)?.display ?? c?.coding?.[0]?.code;

/** Clinical information (NILAR's complex nilar-inf-item, or a plain value): "Klinisk opplysning: Feber". */
export function clinicalInfoOf(e: Extension): string | undefined {
  const part = (url: string) => e.extension?.find((p) => p.url === url);
  const type = conceptText(part(NILAR_EXTENSION.infItemType)?.valueCodeableConcept);
  const comment = part(NILAR_EXTENSION.comment);
  const what = [
    part(NILAR_EXTENSION.infItemDescr)?.valueString,
    comment ? commentOf(comment)?.text : undefined,
    conceptText(part(NILAR_EXTENSION.infItemCodedDescr)?.valueCodeableConcept),
  ].filter(Boolean);
  if (what.length > 0) return type ? `${type}: ${what.join(' ')}` : what.join(' ');
  return e.valueString ?? conceptText(e.valueCodeableConcept);
}

/** Looks up `Type/id` references among the included resources and the matches. */
export class Resolver {
  private readonly byKey = new Map<string, ResourceBase>();

  constructor(result: Pick<PpsSearchResult<ResourceBase>, 'included' | 'matches'>) {
    for (const [type, byId] of Object.entries(result.included)) {
      for (const [id, resource] of Object.entries(byId)) this.byKey.set(`${type}/${id}`, resource);
    }
    for (const match of result.matches)
      if (match.id) this.byKey.set(`${match.resourceType}/${match.id}`, match);
  }

  get<T extends ResourceBase>(reference: Reference | undefined, type: T['resourceType']): T | undefined {
    const key = reference?.reference;
    if (!key) return undefined;
    const resource = this.byKey.get(key) ?? this.byKey.get(key.replace(/^.*\/(\w+\/[^/]+)$/, '$1'));
    return resource?.resourceType === type ? (resource as T) : undefined;
  }
}

export function partyOf(role: NilarPractitionerRole | undefined, reference?: Reference): Party | undefined {
  if (!role) return reference?.display ? { organisation: reference.display, roles: [] } : undefined;
  const hpr =
    role.practitioner?.identifier?.system === IDENTIFIER_SYSTEM.hpr ||
    role.practitioner?.identifier?.system === undefined
      ? role.practitioner?.identifier?.value
      : undefined;
  return {
    ...(role.practitioner?.display ? { person: role.practitioner.display } : {}),
    ...(hpr ? { hpr } : {}),
    ...(role.organization?.display ? { organisation: role.organization.display } : {}),
    roles: (role.code ?? []).flatMap((c) => c.coding ?? []),
  };
}

export function labStatusOf(resource: { extension?: Extension[] }): LabStatusCodes | undefined {
  const status = resource.extension?.find((e) => e.url === PPS_KIT_EXTENSION.labStatus);
  const part = (name: string) => status?.extension?.find((e) => e.url === name)?.valueCoding;
  const servType = part('servType');
  const code = part('status');
  return servType || code
    ? { ...(servType ? { servType } : {}), ...(code ? { status: code } : {}) }
    : undefined;
}

export const isHistory = (observation: NilarObservation) =>
  extensions(observation, NILAR_EXTENSION.history).some((e) => e.valueBoolean === true);
