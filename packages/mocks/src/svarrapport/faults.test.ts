/**
 * The faults new users found with real messages from labs outside the sample set, each as a test
 * of what the converter now keeps (Clinical truth I). Messages are written here, around the part
 * at fault.
 */
import {
  FHIR_EXTENSION,
  NILAR_EXTENSION,
  type NilarDiagnosticReport,
  type NilarObservation,
  type NilarSpecimen,
  PPS_KIT_EXTENSION,
  PPS_KIT_NOTE_AUTHOR,
  type ResourceBase,
} from '@pps-kit/api-client';
import { describe, expect, it } from 'vitest';
import { svarrapportToNilar } from './convert';
import { SvarrapportError } from './errors';
import { testMessage, testSpecimen } from './testing/test-message';
import { SVARRAPPORT_LIMITS } from './xml';

const resources = <T extends ResourceBase>(xml: string | Uint8Array, type: T['resourceType']): T[] =>
  (svarrapportToNilar(xml).entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is T => r?.resourceType === type);
const observations = (xml: string | Uint8Array) => resources<NilarObservation>(xml, 'Observation');
const report = (xml: string | Uint8Array) => resources<NilarDiagnosticReport>(xml, 'DiagnosticReport')[0];
const ext = (holder: { extension?: { url: string }[] } | undefined, url: string) =>
  holder?.extension?.find((e) => e.url === url) as Record<string, unknown> | undefined;

function failure(run: () => unknown): SvarrapportError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof SvarrapportError) return error;
    throw error;
  }
  return undefined;
}

const culture = (investigation: string, value: string, extra = '') => `
  <ResultItem>
    <TextResult><Heading V="LR" DN="Laboratorieresultat"/><TextResultValue>${value}</TextResultValue></TextResult>
    <Investigation>${investigation}</Investigation>${extra}
  </ResultItem>`;

describe('names: the readable text of a coded value, with its code kept', () => {
  it('uses OT when DN holds the local code, for analyses, antibiotics and organisms', () => {
    const [item, antibiotic] = observations(
      testMessage({
        msgDescr: 'MBIO',
        items: `${culture('<Id V="NPU06061" DN="AERD" S="2.16.578.1.12.4.1.1.7230" OT="Aerob dyrkning"/>', 'Vekst')}
        <ResultItem>
          <TextResult><Heading V="RSB"/><TextCode V="S" S="2.16.578.1.12.4.1.1.8271" DN="S" OT="Sensitiv"/></TextResult>
          <Investigation><Id V="LZ_V" DN="LZ_V" OT="Linezolid"/></Investigation>
        </ResultItem>`,
      }),
    );
    expect(item?.code).toMatchObject({
      text: 'Aerob dyrkning',
      coding: [{ code: 'NPU06061', display: 'Aerob dyrkning' }],
    });
    expect(antibiotic?.code).toMatchObject({ text: 'Linezolid', coding: [{ code: 'LZ_V' }] });
    expect(antibiotic?.valueCodeableConcept?.coding?.[0]).toMatchObject({ code: 'S', display: 'Sensitiv' });
  });

  it('keeps DN where it is the name and OT is absent, and the code where neither is sent', () => {
    const [a, b] = observations(
      testMessage({
        items: `${culture('<Id V="NPU03230" S="2.16.578.1.12.4.1.1.7280" DN="P-Kalium"/>', 'x')}${culture('<Id V="XYZ"/>', 'y')}`,
      }),
    );
    expect(a?.code.text).toBe('P-Kalium');
    expect(b?.code).toEqual({ coding: [{ code: 'XYZ' }], text: 'XYZ' });
  });

  it('never writes an empty code: an item the lab did not name says the name is absent', () => {
    const [nameless] = observations(
      testMessage({
        items: '<ResultItem><TextResult><TextResultValue>Vekst</TextResultValue></TextResult></ResultItem>',
      }),
    );
    expect(nameless?.code).toEqual({
      extension: [{ url: FHIR_EXTENSION.dataAbsentReason, valueCode: 'unknown' }],
    });
  });
});

describe('structured pathology: every StructuredInfo with its heading, value and order', () => {
  const histology = testMessage({
    msgDescr: 'HIST',
    items: `
      <ResultItem>
        <TextResult><Heading V="DIAG" DN="Diagnose"/><TextResultValue>Adenokarsinom i colon ascendens.</TextResultValue></TextResult>
        <ServType V="N"/>
        <Investigation><Id V="A" S="2.16.578.1.12.4.1.1.8219" DN="Histologisk us."/></Investigation>
        <StatusInvestigation V="11"/>
        <StructuredInfo><Type V="LK_US" OT="Lymfeknuter undersøkt"/><IntegerInfo><Integer V="14"/></IntegerInfo></StructuredInfo>
        <StructuredInfo><Type V="LK_MET" OT="Lymfeknuter med metastase"/><IntegerInfo><Integer V="2"/></IntegerInfo></StructuredInfo>
        <StructuredInfo><Type V="RR" OT="Reseksjonsrender"/><CodedInfo><Code V="FRI" OT="Frie"/></CodedInfo><TextInfo><Text>Nærmeste 4 mm (mesokolisk)</Text></TextInfo></StructuredInfo>
        <StructuredInfo><Type V="KAR" OT="Karinnvekst"/><BooleanInfo><Flag V="false"/></BooleanInfo></StructuredInfo>
        <StructuredInfo><Type V="NERVE" OT="Perinevral vekst"/><BooleanInfo><Flag V="true"/></BooleanInfo></StructuredInfo>
        <StructuredInfo><Type V="TS" OT="Tumorstørrelse"/><PhysicalInfo><Quantity V="4.50" U="cm"/></PhysicalInfo></StructuredInfo>
        <StructuredInfo><Type V="MMR" OT="MMR/MSI"/><TextInfo><Text>MLH1, PMS2, MSH2 og MSH6 bevart (pMMR)</Text></TextInfo></StructuredInfo>
      </ResultItem>`,
  });

  it('keeps each finding as a component, in the lab’s order, under its heading', () => {
    const [diagnosis] = observations(histology);
    const findings = (diagnosis?.component ?? []).map((c) => [
      c.code.coding?.[0]?.display,
      c.valueInteger ??
        c.valueBoolean ??
        c.valueString ??
        c.valueCodeableConcept?.coding?.[0]?.display ??
        c.valueQuantity,
    ]);
    expect(findings).toEqual([
      ['Lymfeknuter undersøkt', 14],
      ['Lymfeknuter med metastase', 2],
      ['Reseksjonsrender', 'Frie'],
      ['Reseksjonsrender', 'Nærmeste 4 mm (mesokolisk)'],
      ['Karinnvekst', false],
      ['Perinevral vekst', true],
      [
        'Tumorstørrelse',
        { value: 4.5, unit: 'cm', extension: [{ url: FHIR_EXTENSION.originalText, valueString: '4.50' }] },
      ],
      ['MMR/MSI', 'MLH1, PMS2, MSH2 og MSH6 bevart (pMMR)'],
    ]);
  });
});

describe('encodings: by byte-order mark, then declaration, then UTF-8; never a silent U+FFFD', () => {
  const xml = testMessage({
    declaration: '<?xml version="1.0" encoding="ISO-8859-1"?>',
    items: culture('<Id V="NPU1" OT="Bakterier påvist"/>', 'Stafylokokker, få kolonier (ø, æ, å)'),
  });
  const utf16 = (text: string, littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes[2 + i * 2] = littleEndian ? code & 0xff : code >> 8;
      bytes[3 + i * 2] = littleEndian ? code >> 8 : code & 0xff;
    }
    return bytes;
  };
  const text = (bytes: Uint8Array) => observations(bytes)[0]?.valueCodeableConcept?.text;

  it('reads UTF-16 with a byte-order mark, though the declaration says ISO-8859-1', () => {
    expect(text(utf16(xml, true))).toBe('Stafylokokker, få kolonier (ø, æ, å)');
    expect(text(utf16(xml, false))).toBe('Stafylokokker, få kolonier (ø, æ, å)');
  });

  it('reads UTF-8 with a byte-order mark, and ISO-8859-1 as declared', () => {
    const utf8 = new TextEncoder().encode(xml.replace('ISO-8859-1', 'UTF-8'));
    expect(text(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toContain('(ø, æ, å)');
    const latin1 = Uint8Array.from(xml, (c) => c.charCodeAt(0));
    expect(text(latin1)).toContain('(ø, æ, å)');
  });

  it('refuses bytes that are not UTF-8, naming the encoding and the byte', () => {
    const bad = new TextEncoder().encode(xml.replace('ISO-8859-1', 'UTF-8'));
    const at = bad.indexOf(0xc3); // the first byte of "å"
    bad[at + 1] = 0x28;
    expect(failure(() => svarrapportToNilar(bad))).toMatchObject({
      code: 'encoding',
      reason: expect.stringMatching(new RegExp(`UTF-8.*byte ${at}`)),
    });
    const undeclared = Uint8Array.from(xml.replace(/<\?xml[^>]*>/, ''), (c) => c.charCodeAt(0));
    expect(failure(() => svarrapportToNilar(undeclared))).toMatchObject({ code: 'encoding' });
  });

  it('refuses an encoding it cannot decode, naming it', () => {
    const bytes = new TextEncoder().encode(xml.replace('ISO-8859-1', 'x-klingon'));
    expect(failure(() => svarrapportToNilar(bytes))).toMatchObject({
      code: 'encoding',
      reason: expect.stringContaining('"x-klingon"'),
    });
    expect(
      failure(() => svarrapportToNilar(new Uint8Array([0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0]))),
    ).toMatchObject({
      code: 'encoding',
      reason: expect.stringContaining('UTF-32LE'),
    });
  });
});

describe('dates without a time stay dates; impossible dates are refused', () => {
  const dated = testMessage({
    issueDate: '2017-09-20',
    report: '<ServReq><Id>R1</Id><ReceiptDate V="2017-09-20"/></ServReq>',
    patient: testSpecimen('S1', '2017-09-20T16:05:00'),
    items: `${culture('<Id V="X" OT="X"/>', 'x', '<MedicalValidationDate V="2017-09-21"/>')}`,
  });

  it('keeps IssueDate, ReceiptDate and other dates sent without a time as FHIR dates', () => {
    const r = report(dated);
    expect(ext(r, NILAR_EXTENSION.reportDate)?.valueDateTime).toBe('2017-09-20');
    const [specimen] = resources<NilarSpecimen>(dated, 'Specimen');
    expect(specimen?.receivedTime).toBe('2017-09-20');
    expect(specimen?.collection?.collectedDateTime).toBe('2017-09-20T16:05:00+02:00');
    expect(ext(observations(dated)[0], NILAR_EXTENSION.medicalValidationDate)?.valueDateTime).toBe(
      '2017-09-21',
    );
  });

  it('gives a collection without a time as absent, never a made-up time', () => {
    const [specimen] = resources<NilarSpecimen>(testMessage({ patient: testSpecimen('S1') }), 'Specimen');
    expect(specimen?.collection).toEqual({
      _collectedDateTime: { extension: [{ url: FHIR_EXTENSION.dataAbsentReason, valueCode: 'unknown' }] },
    });
  });

  it.each([
    ['2024-02-30', 'IssueDate'],
    ['2023-02-29', 'IssueDate'],
    ['2024-13-45', 'IssueDate'],
    ['2024-00-10T10:00:00', 'IssueDate'],
    ['2024-04-31T10:00:00', 'IssueDate'],
    ['2024-04-30T24:00:00', 'IssueDate'],
    ['2024-04-30T10:60:00', 'IssueDate'],
  ])('refuses %s in %s, naming the element', (value, element) => {
    expect(failure(() => svarrapportToNilar(testMessage({ issueDate: value })))).toMatchObject({
      code: 'invalid-value',
      element: `Message/ServReport/${element}`,
    });
  });

  it('accepts 29 February in a leap year', () => {
    expect(
      ext(report(testMessage({ issueDate: '2024-02-29' })), NILAR_EXTENSION.reportDate)?.valueDateTime,
    ).toBe('2024-02-29');
  });
});

describe('precision: the lab’s number as sent', () => {
  const num = (value: string, unit = 'mmol/L', comp = '') =>
    `<ResultItem><NumResult>${comp}<NumResultValue V="${value}" U="${unit}"/></NumResult><Investigation><Id V="X" OT="X"/></Investigation></ResultItem>`;

  it.each([
    ['14.0', 14],
    ['15.00', 15],
    ['0.50', 0.5],
    ['1,5', 1.5],
    ['12345678901234567890', 12345678901234567000],
  ])('keeps %s in FHIR’s originalText beside the number', (text, value) => {
    expect(observations(testMessage({ items: num(text) }))[0]?.valueQuantity).toEqual({
      value,
      unit: 'mmol/L',
      extension: [{ url: FHIR_EXTENSION.originalText, valueString: text }],
    });
  });

  it('adds nothing where the number alone says it', () => {
    expect(observations(testMessage({ items: num('11.2') }))[0]?.valueQuantity).toEqual({
      value: 11.2,
      unit: 'mmol/L',
    });
  });

  it('keeps an operator FHIR has no comparator for (ML, "mye mindre enn") as the lab’s code', () => {
    expect(
      observations(
        testMessage({ items: num('5', 'mg/L', '<ArithmeticComp V="ML" DN="Mye mindre enn"/>') }),
      )[0]?.valueQuantity,
    ).toEqual({
      value: 5,
      unit: 'mg/L',
      comparator: '<',
      extension: [
        {
          url: PPS_KIT_EXTENSION.comparator,
          valueCoding: { system: 'urn:oid:2.16.578.1.12.4.1.1.8239', code: 'ML', display: 'Mye mindre enn' },
        },
      ],
    });
  });

  it('keeps a value that is not a number as written', () => {
    expect(observations(testMessage({ items: num('pos', '') }))[0]?.valueQuantity).toEqual({
      extension: [{ url: FHIR_EXTENSION.originalText, valueString: 'pos' }],
    });
  });
});

describe('status, cell by cell, with the lab’s codes kept', () => {
  const item = (servType: string, status: string, inner = '') =>
    `<ResultItem><TextResult><TextResultValue>v</TextResultValue></TextResult>${servType ? `<ServType V="${servType}"/>` : ''}<Investigation><Id V="X" OT="X"/></Investigation>${status ? `<StatusInvestigation V="${status}"/>` : ''}${inner}</ResultItem>`;
  const statusOf = (m: Parameters<typeof testMessage>[0]) =>
    observations(testMessage(m)).map((o) => o.status);

  it('gives new items inside a changed message `final`, and the changed ones `amended`', () => {
    expect(statusOf({ servType: 'M', status: 'P', items: item('M', '3') + item('N', '3') })).toEqual([
      'amended',
      'final',
    ]);
  });

  it('lets an item without a status take its parent’s before the report’s', () => {
    expect(
      statusOf({
        servType: 'N',
        status: 'F',
        items: item('C', '', item('', '', item('', ''))) + item('', ''),
      }),
    ).toEqual(['cancelled', 'cancelled', 'cancelled', 'final']);
    expect(statusOf({ servType: 'N', status: 'P', items: item('', '') })).toEqual(['preliminary']);
  });

  it('takes the ServType a StatusInvestigation lacks from the parent, then the report', () => {
    expect(
      statusOf({ servType: 'M', status: 'F', items: item('N', '', item('', '3')) + item('', '3') }),
    ).toEqual(['final', 'final', 'amended']);
  });

  it('calls an addendum `appended`', () => {
    expect(report(testMessage({ servType: 'A', status: 'F' }))?.status).toBe('appended');
    expect(report(testMessage({ servType: 'N', status: 'A' }))?.status).toBe('appended');
    expect(report(testMessage({ servType: 'M', status: 'A' }))?.status).toBe('appended');
  });

  it('keeps both facts of a message that is changed and preliminary', () => {
    const r = report(testMessage({ servType: 'M', status: 'P' }));
    expect(r?.status).toBe('amended');
    expect(ext(r, PPS_KIT_EXTENSION.labStatus)).toEqual({
      url: PPS_KIT_EXTENSION.labStatus,
      extension: [
        { url: 'servType', valueCoding: { system: 'urn:oid:2.16.578.1.12.4.1.1.7309', code: 'M' } },
        { url: 'status', valueCoding: { system: 'urn:oid:2.16.578.1.12.4.1.1.7306', code: 'P' } },
      ],
    });
  });
});

describe('microbiology: isolates, bottles and susceptibilities follow the message’s own links', () => {
  // Two bottles, each with an organism nested beside it in a report group and linked to it; the
  // susceptibilities come last, each linked to its organism (as DIPS sends them).
  const bottles = testMessage({
    msgDescr: 'MBIO',
    servType: 'N',
    status: 'F',
    patient:
      testSpecimen('BK-1', '2026-11-15T22:20:00', 'Blodkultur, aerob flaske') +
      testSpecimen('BK-2', '2026-11-15T22:21:00', 'Blodkultur, anaerob flaske'),
    items: `
      <ResultItem>
        <TextResult><Heading V="GR" DN="Gruppe"/><TextResultValue>Blodkultur</TextResultValue></TextResult>
        <Comment>Godkjent av: Mikro Biolog</Comment>
        <ResultItem><TextResult><Heading V="LR"/></TextResult><Investigation><Id V="NPU58580" OT="Aerob blodkultur"/></Investigation><IdResultItem>B1</IdResultItem><RefAnalysedSubject>BK-1</RefAnalysedSubject></ResultItem>
        <ResultItem><TextResult><Heading V="LR"/><TextResultValue>Escherichia coli</TextResultValue></TextResult><Investigation><Id V="ESCOLI" OT="Identifikasjon"/></Investigation><IdResultItem>1</IdResultItem><RefIdResultItem>B1</RefIdResultItem></ResultItem>
        <ResultItem><TextResult><Heading V="LR"/></TextResult><Investigation><Id V="NPU58581" OT="Anaerob blodkultur"/></Investigation><IdResultItem>B2</IdResultItem><RefAnalysedSubject>BK-2</RefAnalysedSubject></ResultItem>
        <ResultItem><TextResult><Heading V="LR"/><TextResultValue>Staphylococcus aureus</TextResultValue></TextResult><Investigation><Id V="STAURE" OT="Identifikasjon"/></Investigation><IdResultItem>2</IdResultItem><RefIdResultItem>B2</RefIdResultItem></ResultItem>
      </ResultItem>
      <ResultItem><TextResult><Heading V="RSB"/><TextResultValue>18</TextResultValue><TextCode V="R" S="2.16.578.1.12.4.1.1.8271" DN="Resistent"/><Unit>mm</Unit></TextResult><Investigation><Id V="CI-D" OT="Ciprofloksacin"/></Investigation><RefIdResultItem>1</RefIdResultItem></ResultItem>
      <ResultItem><TextResult><Heading V="RSB"/><TextResultValue>0.125</TextResultValue><TextCode V="S" S="2.16.578.1.12.4.1.1.8271" DN="Sensitiv"/><Unit>mg/L</Unit></TextResult><Investigation><Id V="PG-G" OT="Penicillin G (MIC)"/></Investigation><RefIdResultItem>2</RefIdResultItem></ResultItem>
      <ResultItem><TextResult><Heading V="RSB"/><TextCode V="I" S="2.16.578.1.12.4.1.1.8271" DN="Intermediært følsom"/></TextResult><Investigation><Id V="AT-D" OT="Aztreonam"/></Investigation><RefIdResultItem>1</RefIdResultItem></ResultItem>`,
  });

  it('puts each organism under its own bottle, with its specimen and time, and each susceptibility under its organism', () => {
    const all = observations(bottles);
    const byId = new Map(all.map((o) => [`Observation/${o.id}`, o]));
    const specimens = new Map(
      resources<NilarSpecimen>(bottles, 'Specimen').map((s) => [
        `Specimen/${s.id}`,
        s.accessionIdentifier?.value,
      ]),
    );
    const tree = (o: NilarObservation | undefined): unknown => ({
      name: o?.code.text,
      specimen: specimens.get(o?.specimen?.reference ?? ''),
      effective: o?.effectiveDateTime,
      members: (o?.hasMember ?? []).map((m) => tree(byId.get(m.reference ?? ''))),
    });
    const [group] = report(bottles)?.result ?? [];
    expect(report(bottles)?.result).toHaveLength(1);
    expect(tree(byId.get(group?.reference ?? ''))).toEqual({
      name: 'Gruppe',
      specimen: undefined, // two bottles: the group names none
      effective: undefined,
      members: [
        {
          name: 'Aerob blodkultur',
          specimen: 'BK-1',
          effective: '2026-11-15T22:20:00+01:00',
          members: [
            {
              name: 'Identifikasjon',
              specimen: 'BK-1',
              effective: '2026-11-15T22:20:00+01:00',
              members: [
                {
                  name: 'Ciprofloksacin',
                  specimen: 'BK-1',
                  effective: '2026-11-15T22:20:00+01:00',
                  members: [],
                },
                { name: 'Aztreonam', specimen: 'BK-1', effective: '2026-11-15T22:20:00+01:00', members: [] },
              ],
            },
          ],
        },
        {
          name: 'Anaerob blodkultur',
          specimen: 'BK-2',
          effective: '2026-11-15T22:21:00+01:00',
          members: [
            {
              name: 'Identifikasjon',
              specimen: 'BK-2',
              effective: '2026-11-15T22:21:00+01:00',
              members: [
                {
                  name: 'Penicillin G (MIC)',
                  specimen: 'BK-2',
                  effective: '2026-11-15T22:21:00+01:00',
                  members: [],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('keeps a result group’s comment and approver, the lab’s own wording, and what a number beside S/I/R is', () => {
    const all = observations(bottles);
    expect(all[0]?.note).toEqual([{ text: 'Godkjent av: Mikro Biolog' }]);
    const cipro = all.find((o) => o.code.text === 'Ciprofloksacin');
    expect(cipro?.valueCodeableConcept).toEqual({
      coding: [{ system: 'urn:oid:2.16.578.1.12.4.1.1.8271', code: 'R', display: 'Resistent' }],
      text: '18',
      extension: [{ url: PPS_KIT_EXTENSION.textUnit, valueString: 'mm' }],
    });
    expect(all.find((o) => o.code.text === 'Aztreonam')?.valueCodeableConcept?.coding?.[0]?.display).toBe(
      'Intermediært følsom',
    );
  });

  it('makes a cancelled culture `cancelled`, down to the results under it', () => {
    const statuses = observations(
      testMessage({
        msgDescr: 'MBIO',
        items: `<ResultItem><TextResult><TextResultValue>Kansellert</TextResultValue></TextResult><ServType V="C"/><Investigation><Id V="NPU06061" OT="Aerob dyrkning"/></Investigation><IdResultItem>K</IdResultItem></ResultItem>
          <ResultItem><TextResult><TextResultValue>Vekst</TextResultValue></TextResult><RefIdResultItem>K</RefIdResultItem></ResultItem>`,
      }),
    ).map((o) => o.status);
    expect(statuses).toEqual(['cancelled', 'cancelled']);
  });

  it('keeps a result whose link names nothing, or makes a circle, where the lab put it, with a note', () => {
    const all = observations(
      testMessage({
        items: `${culture('<Id V="A" OT="A"/>', 'a', '<IdResultItem>A</IdResultItem><RefIdResultItem>B</RefIdResultItem>')}
          ${culture('<Id V="B" OT="B"/>', 'b', '<IdResultItem>B</IdResultItem><RefIdResultItem>A</RefIdResultItem>')}
          ${culture('<Id V="C" OT="C"/>', 'c', '<RefIdResultItem>nowhere</RefIdResultItem>')}`,
      }),
    );
    const notes = all.map((o) => o.note?.map((n) => [n.authorString, n.extension?.[0]?.valueCode]));
    expect(notes).toEqual([undefined, [[PPS_KIT_NOTE_AUTHOR, 'cycle']], [[PPS_KIT_NOTE_AUTHOR, 'dangling']]]);
    expect(all.map((o) => o.hasMember?.length ?? 0)).toEqual([0, 1, 0]); // A under B; B and C at the top
  });
});

describe('people and method details per result', () => {
  it('keeps the signing and dictating radiologist and the contrast used', () => {
    const xml = testMessage({
      msgDescr: 'RTG',
      items: `<ResultItem>
        <TextResult><Heading V="FU"/><TextResultValue>CT abdomen: Ingen fri luft.</TextResultValue></TextResult>
        <Investigation><Id V="CTABD" OT="CT abdomen"/><Spec V="KONTR" OT="Med intravenøs kontrast"/></Investigation>
        <RelServProv><Relation V="SLE" DN="Signerende lege"/><HCP><HCProf><Name>Siri Signer</Name><Id>9900301</Id><TypeId V="HPR"/></HCProf></HCP></RelServProv>
        <RelServProv><Relation V="DLE" DN="Dikterende lege"/><HCP><HCProf><Name>Dag Diktat</Name></HCProf></HCP></RelServProv>
      </ResultItem>`,
    });
    const [finding] = observations(xml);
    expect(finding?.method).toEqual({ coding: [{ code: 'KONTR', display: 'Med intravenøs kontrast' }] });
    const roles = new Map(
      resources<
        ResourceBase & { practitioner?: { display?: string }; code?: { coding?: { code?: string }[] }[] }
      >(xml, 'PractitionerRole').map((r) => [
        `PractitionerRole/${r.id}`,
        `${r.code?.[0]?.coding?.[0]?.code} ${r.practitioner?.display}`,
      ]),
    );
    expect(finding?.performer?.map((p) => roles.get(p.reference ?? ''))).toEqual([
      'SLE Siri Signer',
      'DLE Dag Diktat',
    ]);
  });
});

describe('limits: deeper than documented is a typed error, quickly', () => {
  it('refuses elements nested 200,000 deep with too-deep, not a RangeError', () => {
    const deep = testMessage({
      items: `<ResultItem><TextResult><TextResultValue>${'<div xmlns="http://www.w3.org/1999/xhtml">'.repeat(200_000)}x${'</div>'.repeat(200_000)}</TextResultValue></TextResult></ResultItem>`,
    });
    expect(failure(() => svarrapportToNilar(deep))).toMatchObject({ code: 'too-deep' });
  });

  it('refuses results nested, or linked, deeper than the limit', () => {
    const n = SVARRAPPORT_LIMITS.resultDepth + 1;
    const nested = testMessage({ items: `${'<ResultItem>'.repeat(n)}${'</ResultItem>'.repeat(n)}` });
    expect(failure(() => svarrapportToNilar(nested))).toMatchObject({ code: 'too-deep' });
    const chain = Array.from(
      { length: n + 1 },
      (_, i) =>
        `<ResultItem><IdResultItem>${i}</IdResultItem>${i > 0 ? `<RefIdResultItem>${i - 1}</RefIdResultItem>` : ''}</ResultItem>`,
    ).join('');
    expect(failure(() => svarrapportToNilar(testMessage({ items: chain })))).toMatchObject({
      code: 'too-deep',
    });
  });

  it('links each of 5,000 same-id isolates’ susceptibilities to the isolate just before them', () => {
    const pairs = Array.from(
      { length: 5_000 },
      (_, i) =>
        `<ResultItem><TextResult><TextResultValue>Isolat ${i}</TextResultValue></TextResult><IdResultItem>1</IdResultItem></ResultItem>` +
        `<ResultItem><TextResult><TextCode V="S" S="2.16.578.1.12.4.1.1.8271"/></TextResult><RefIdResultItem>1</RefIdResultItem></ResultItem>`,
    ).join('');
    const all = observations(testMessage({ items: pairs }));
    const isolates = all.filter((o) => o.valueCodeableConcept?.text?.startsWith('Isolat'));
    expect(isolates).toHaveLength(5_000);
    expect(
      isolates.every((o, i) => o.hasMember?.[0]?.reference === `Observation/${all[2 * i + 1]?.id}`),
    ).toBe(true);
  });

  it('accepts results nested to the limit', () => {
    const n = SVARRAPPORT_LIMITS.resultDepth;
    const nested = testMessage({ items: `${'<ResultItem>'.repeat(n)}${'</ResultItem>'.repeat(n)}` });
    expect(observations(nested)).toHaveLength(n);
  });
});
