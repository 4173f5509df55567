/**
 * The patient guard: nothing is shown unless it names the patient asked for. Each row is one way
 * an answer can be about someone else, or about no one.
 */
import { describe, expect, it } from 'vitest';
import { toSearchResult } from '../pps/search-result';
import { IDENTIFIER_SYSTEM } from './code-systems';
import { PpsPatientMismatchError } from './errors';
import type { Bundle, ResourceBase } from './fhir';
import { assertSubjectIs } from './patient-guard';

const PATIENT = '13867410028';
const OTHER = '01017012345';
const fnr = (value: string, system: string | null = IDENTIFIER_SYSTEM.fnr) => ({
  identifier: { ...(system === null ? {} : { system }), value },
});

describe('assertSubjectIs', () => {
  it.each([
    ['fødselsnummer', fnr(PATIENT, IDENTIFIER_SYSTEM.fnr)],
    ['D-nummer', fnr(PATIENT, IDENTIFIER_SYSTEM.dnr)],
    ['felles hjelpenummer', fnr(PATIENT, IDENTIFIER_SYSTEM.fhnr)],
    ['no system (the value is the person id)', fnr(PATIENT, null)],
  ])('accepts the patient by %s', (_name, subject) => {
    expect(() => assertSubjectIs(subject, PATIENT, 'entry[0].resource')).not.toThrow();
  });

  it.each([
    ['another person', fnr(OTHER)],
    ['the patient’s number under another identifier system', fnr(PATIENT, 'urn:oid:2.16.578.1.12.4.1.4.101')],
    ['an HPR number system', fnr(PATIENT, IDENTIFIER_SYSTEM.hpr)],
    ['an empty value', fnr('')],
    ['no value', { identifier: { system: IDENTIFIER_SYSTEM.fnr } }],
    ['no identifier (a reference only)', { reference: 'Patient/1' }],
    ['no subject', undefined],
  ])('refuses %s, naming the path and never the other id', (_name, subject) => {
    let error: unknown;
    try {
      assertSubjectIs(subject as never, PATIENT, 'entry[3].resource', 'corr-1');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PpsPatientMismatchError);
    expect(error).toMatchObject({ path: 'entry[3].resource.subject', correlationId: 'corr-1' });
    expect((error as Error).message).not.toContain(OTHER);
  });
});

describe('toSearchResult: every resource is the patient’s', () => {
  const NONE = null; // no subject (an explicit undefined would take the default)
  const about = (personId: string | null) => (personId === null ? {} : { subject: fnr(personId) });
  const report = (id: string, personId: string | null = PATIENT): ResourceBase =>
    ({
      resourceType: 'DiagnosticReport',
      id,
      status: 'final',
      code: { text: 'Medisinsk biokjemi' },
      ...about(personId),
    }) as unknown as ResourceBase;
  const observation = (id: string, personId: string | null = PATIENT): ResourceBase =>
    ({
      resourceType: 'Observation',
      id,
      status: 'final',
      code: { text: 'Hb' },
      ...about(personId),
    }) as unknown as ResourceBase;
  const request = (id: string, personId: string | null = PATIENT): ResourceBase =>
    ({
      resourceType: 'ServiceRequest',
      id,
      status: 'completed',
      intent: 'order',
      ...about(personId),
    }) as unknown as ResourceBase;
  const specimen = (id: string, personId: string | null = PATIENT): ResourceBase =>
    ({ resourceType: 'Specimen', id, ...about(personId) }) as unknown as ResourceBase;
  const role = (id: string): ResourceBase =>
    ({ resourceType: 'PractitionerRole', id }) as unknown as ResourceBase;
  const bundle = (...resources: ResourceBase[]): Bundle => ({
    resourceType: 'Bundle',
    type: 'searchset',
    entry: resources.map((resource) => ({
      resource,
      search: { mode: resource.resourceType === 'DiagnosticReport' ? 'match' : 'include' },
    })),
  });
  const search = (b: Bundle) => toSearchResult(b, 'DiagnosticReport', PATIENT);

  it('keeps an answer where everything names the patient, and a specimen or role without a subject', () => {
    const result = search(
      bundle(
        report('r1'),
        observation('o1'),
        request('s1'),
        specimen('sp1'),
        specimen('sp2', NONE),
        role('pr1'),
      ),
    );
    expect(result.matches.map((r) => r.id)).toEqual(['r1']);
    expect(Object.keys(result.included).sort()).toEqual([
      'Observation',
      'PractitionerRole',
      'ServiceRequest',
      'Specimen',
    ]);
  });

  it.each([
    ['a DiagnosticReport without a subject', [report('r1', NONE)], 'entry[0].resource.subject'],
    [
      'an Observation without a subject',
      [report('r1'), observation('o1', NONE)],
      'entry[1].resource.subject',
    ],
    ['a ServiceRequest without a subject', [report('r1'), request('s1', NONE)], 'entry[1].resource.subject'],
    [
      'another person’s report beside the patient’s',
      [report('r1'), report('r2', OTHER)],
      'entry[1].resource.subject',
    ],
    [
      'another person’s result under the patient’s report',
      [report('r1'), observation('o1', OTHER)],
      'entry[1].resource.subject',
    ],
    ['another person’s requisition', [report('r1'), request('s1', OTHER)], 'entry[1].resource.subject'],
    ['another person’s specimen', [report('r1'), specimen('sp1', OTHER)], 'entry[1].resource.subject'],
  ])('refuses the whole answer for %s', (_name, resources, path) => {
    expect(() => search(bundle(...resources))).toThrow(PpsPatientMismatchError);
    try {
      search(bundle(...resources));
    } catch (error) {
      expect(error).toMatchObject({ path });
    }
  });
});
