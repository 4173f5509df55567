/**
 * The people, labs and samples of one ServReport: PractitionerRoles (NILAR maps actors to
 * references, never to Practitioner resources) and Specimens.
 */
import {
  CODE_LIST,
  type Coding,
  type Extension,
  IDENTIFIER_SYSTEM,
  NILAR_EXTENSION,
  type NilarPractitionerRole,
  type NilarSpecimen,
  type Reference,
} from '@pps-kit/api-client';
import { ABSENT, codingOf, conceptOf } from './codes';
import { dateOf } from './dates';
import { attr, child, children, textOf, type XmlElement } from './xml';

export const IDENTIFIER_BY_TYPE: Record<string, string> = {
  HPR: IDENTIFIER_SYSTEM.hpr,
  HER: IDENTIFIER_SYSTEM.her,
  ENH: IDENTIFIER_SYSTEM.enh,
  RSH: IDENTIFIER_SYSTEM.resh,
  RESH: IDENTIFIER_SYSTEM.resh,
  AKO: IDENTIFIER_SYSTEM.ako,
  FNR: IDENTIFIER_SYSTEM.fnr,
  DNR: IDENTIFIER_SYSTEM.dnr,
  FHN: IDENTIFIER_SYSTEM.fhnr,
  FHNR: IDENTIFIER_SYSTEM.fhnr,
};

export const ref = (resource: { resourceType: string; id: string }): Reference => ({
  reference: `${resource.resourceType}/${resource.id}`,
});

function logicalRef(name: string | undefined, id: string | undefined, type: string | undefined) {
  const system = type ? IDENTIFIER_BY_TYPE[type] : undefined;
  return {
    ...(id ? { identifier: { ...(system ? { system } : {}), value: id } } : {}),
    ...(name ? { display: name } : {}),
  };
}

/** One ServReport's PractitionerRoles and Specimens. */
export class ReportParties {
  readonly roles = new Map<string, NilarPractitionerRole>();
  readonly specimens: NilarSpecimen[] = [];
  readonly specimenBySampleId = new Map<string, NilarSpecimen>();

  constructor(
    readonly prefix: string,
    readonly subject: Reference,
  ) {}

  /** A PractitionerRole for an HCP (institution, department, person), once per distinct party. */
  role(hcp: XmlElement | undefined, relation?: XmlElement): NilarPractitionerRole | undefined {
    if (!hcp) return undefined;
    const inst = child(hcp, 'Inst');
    const prof = child(hcp, 'HCProf') ?? child(inst, 'HCPerson');
    const orgName = [
      textOf(child(inst, 'Name')),
      ...children(inst, 'Dept').map((d) => textOf(child(d, 'Name'))),
    ]
      .filter(Boolean)
      .join(', ');
    // NILAR: a department's id overrides its institution's, where it is a national one.
    const dept = children(inst, 'Dept').find(
      (d) => textOf(child(d, 'Id')) && IDENTIFIER_BY_TYPE[attr(child(d, 'TypeId')) ?? ''],
    );
    const orgId = textOf(child(dept ?? inst, 'Id'));
    const personName = textOf(child(prof, 'Name'));
    const personId = textOf(child(prof, 'Id'));
    const relationCode = codingOf(relation);
    const category = codingOf(child(prof, 'Type'), CODE_LIST.hprRole);
    const key = [orgName, orgId, personName, personId, relationCode?.code].join('|');
    const existing = this.roles.get(key);
    if (existing) return existing;
    const codes = [relationCode, category].filter((c): c is Coding => c !== undefined);
    const role: NilarPractitionerRole = {
      resourceType: 'PractitionerRole',
      id: `${this.prefix}-pr${this.roles.size + 1}`,
      ...(personName || personId
        ? { practitioner: logicalRef(personName, personId, attr(child(prof, 'TypeId'))) }
        : {}),
      ...(orgName || orgId
        ? { organization: logicalRef(orgName, orgId, attr(child(dept ?? inst, 'TypeId'))) }
        : {}),
      ...(codes.length > 0 ? { code: codes.map((c) => ({ coding: [c] })) } : {}),
    };
    this.roles.set(key, role);
    return role;
  }

  /** A Specimen per AnalysedSubject (nested ones too), with its collection always stated. */
  specimen(subject: XmlElement, receivedAt: string | undefined): void {
    const sample = child(subject, 'CollectedSample');
    const product = child(subject, 'CollectedStudyProduct');
    const sampleId = textOf(child(subject, 'IdByServProvider'));
    const collected = dateOf(child(sample, 'CollectedDate')) ?? dateOf(child(product, 'ProducedDate'));
    const typeText = textOf(child(subject, 'Type'));
    const typeCoded = codingOf(child(subject, 'TypeCoded'));
    const extension: Extension[] = [];
    const accredited = attr(child(subject, 'Accredited'));
    if (accredited) extension.push({ url: NILAR_EXTENSION.accredited, valueBoolean: accredited === 'true' });
    const pretreatment = child(subject, 'Pretreatment');
    const pretreatmentHeading = codingOf(child(pretreatment, 'Heading'), 8232);
    const pretreatmentText = textOf(child(pretreatment, 'TextResultValue'));
    if (pretreatmentHeading || pretreatmentText) {
      extension.push({
        url: NILAR_EXTENSION.pretreatment,
        valueCodeableConcept: {
          ...(pretreatmentHeading ? { coding: [pretreatmentHeading] } : {}),
          ...(pretreatmentText ? { text: pretreatmentText } : {}),
        },
      });
    }
    const number = attr(child(subject, 'Number'));
    if (number && /^\d+$/.test(number))
      extension.push({ url: NILAR_EXTENSION.containerCount, valueInteger: Number(number) });
    for (const handling of children(subject, 'SampleHandling')) {
      const text = textOf(handling);
      if (text) extension.push({ url: NILAR_EXTENSION.sampleHandling, valueString: text });
    }

    const collectionExtension: Extension[] = [];
    const logistics = textOf(child(sample, 'Logistics'));
    if (logistics) collectionExtension.push({ url: NILAR_EXTENSION.logistics, valueString: logistics });
    const collectorComment = textOf(child(sample, 'CollectorComment'));
    if (collectorComment)
      collectionExtension.push({ url: NILAR_EXTENSION.comment, valueAnnotation: { text: collectorComment } });
    for (const coded of children(sample, 'CollectorCommentCoded')) {
      const concept = conceptOf(coded, 8275);
      if (concept) collectionExtension.push({ url: NILAR_EXTENSION.comment, valueCodeableConcept: concept });
    }
    const productType = textOf(child(product, 'Type'));
    if (productType)
      collectionExtension.push({ url: NILAR_EXTENSION.studyProductType, valueString: productType });
    const productRef = textOf(child(product, 'RefRelatedProd'));
    if (productRef)
      collectionExtension.push({ url: NILAR_EXTENSION.studyProductRef, valueString: productRef });
    const bodySite = textOf(child(subject, 'AnatomicalOrigin'));
    const method = conceptOf(child(subject, 'SampleCollProc'));
    const collectorRel = child(subject, 'RelServProv');
    const collector = this.role(child(collectorRel, 'HCP'), child(collectorRel, 'Relation'));
    const requesterSampleId = textOf(child(subject, 'IdByRequester'));
    const note = textOf(child(subject, 'Comment'));
    const additive = textOf(child(subject, 'PreservMaterial'));

    const specimen: NilarSpecimen = {
      resourceType: 'Specimen',
      id: `${this.prefix}-sp${this.specimens.length + 1}`,
      ...(requesterSampleId
        ? { identifier: [{ system: 'AnalysedSubjectIdByRequester', value: requesterSampleId }] }
        : {}),
      // Required by NILAR; IdByServProvider is required by the standard too.
      accessionIdentifier: sampleId ? { system: 'AnalysedSubjectId', value: sampleId } : { ...ABSENT },
      ...(typeText || typeCoded
        ? { type: { ...(typeCoded ? { coding: [typeCoded] } : {}), ...(typeText ? { text: typeText } : {}) } }
        : {}),
      subject: this.subject,
      ...(receivedAt ? { receivedTime: receivedAt } : {}),
      collection: {
        ...(collected ? { collectedDateTime: collected } : { _collectedDateTime: { ...ABSENT } }),
        ...(collector ? { collector: ref(collector) } : {}),
        ...(method ? { method } : {}),
        ...(bodySite ? { bodySite: { text: bodySite } } : {}),
        ...(collectionExtension.length > 0 ? { extension: collectionExtension } : {}),
      },
      ...(additive ? { container: [{ additiveCodeableConcept: { text: additive } }] } : {}),
      ...(note ? { note: [{ text: note }] } : {}),
      ...(extension.length > 0 ? { extension } : {}),
    };
    this.specimens.push(specimen);
    if (sampleId && !this.specimenBySampleId.has(sampleId)) this.specimenBySampleId.set(sampleId, specimen);
    for (const nested of children(subject, 'AnalysedSubject')) this.specimen(nested, receivedAt);
  }
}
