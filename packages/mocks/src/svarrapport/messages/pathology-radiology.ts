/** Pathology, radiology and nuclear medicine. */
import { FJORDBY_PATH, GP, message, NUCLEAR, PATHRAD, VIKA } from './envelope';

export const PATHOLOGY_RADIOLOGY: readonly string[] = [
  // Pathology: a colon resection with structured findings (StructuredInfo) beside the diagnosis.
  message({
    genDate: '2026-11-12T14:05:00',
    msgId: 'c5e3f2a4-3f6d-4e0a-9b5c-7d8e9f0a1b03',
    servType: 'N',
    status: 'F',
    msgDescr: ['HIST', 'Histologi'],
    servProvId: 'H2026-12077',
    issueDate: '2026-11-12T14:04:00',
    servReq: {
      issueDate: '2026-11-03T08:00:00',
      id: 'R-92077',
      receiptDate: '2026-11-04T09:30:00',
      reason: ['PROB', 'Aktuell problemstilling', 'Høyresidig hemikolektomi for tumor i colon ascendens.'],
    },
    patient: PATHRAD,
    requester: GP,
    lab: FJORDBY_PATH,
    specimens: [
      { id: 'H2026120771', collected: '2026-11-03T10:15:00', type: 'Colon, høyresidig hemikolektomi' },
    ],
    items: `
      <ResultItem>
        <TextResult>
          <Heading V="DIAG" DN="Diagnose"/>
          <TextResultValue>Colon ascendens, hemikolektomi: Moderat differensiert adenokarsinom, pT3 pN1b. Frie reseksjonsrender.</TextResultValue>
          <TextCode V="M81403" S="2.16.578.1.12.4.1.1.7010"/>
        </TextResult>
        <ServType V="N" DN="Ny"/>
        <Investigation><Id V="A" S="2.16.578.1.12.4.1.1.8219" DN="Histologisk us."/></Investigation>
        <IdResultItem>HIST_2</IdResultItem>
        <StatusInvestigation V="11" DN="Signert"/>
        <RefAnalysedSubject>H2026120771</RefAnalysedSubject>
        <Accredited V="true"/>
        <RelServProv><Relation V="SLE" DN="Signerende lege"/><HCP><HCProf><Type V="LE" DN="Lege"/><Name>Paula Patolog</Name><Id>9900203</Id><TypeId V="HPR" DN="HPR-nummer"/></HCProf></HCP></RelServProv>
        <StructuredInfo><Type V="TS" S="2.16.578.1.12.4.1.1.8212" OT="Tumorstørrelse"/><PhysicalInfo><Quantity V="4.0" U="cm"/></PhysicalInfo></StructuredInfo>
        <StructuredInfo><Type V="LK_US" S="2.16.578.1.12.4.1.1.8212" OT="Lymfeknuter undersøkt"/><IntegerInfo><Integer V="21"/></IntegerInfo></StructuredInfo>
        <StructuredInfo><Type V="LK_MET" S="2.16.578.1.12.4.1.1.8212" OT="Lymfeknuter med metastase"/><IntegerInfo><Integer V="2"/></IntegerInfo></StructuredInfo>
        <StructuredInfo><Type V="RR" S="2.16.578.1.12.4.1.1.8212" OT="Reseksjonsrender"/><CodedInfo><Code V="FRI" S="2.16.578.1.12.4.1.1.8212" OT="Frie"/></CodedInfo><TextInfo><Text>Nærmeste (mesokolisk) 6 mm</Text></TextInfo></StructuredInfo>
        <StructuredInfo><Type V="KAR" S="2.16.578.1.12.4.1.1.8212" OT="Karinnvekst"/><BooleanInfo><Flag V="true"/></BooleanInfo></StructuredInfo>
        <StructuredInfo><Type V="NERVE" S="2.16.578.1.12.4.1.1.8212" OT="Perinevral vekst"/><BooleanInfo><Flag V="false"/></BooleanInfo></StructuredInfo>
        <StructuredInfo><Type V="MMR" S="2.16.578.1.12.4.1.1.8212" OT="MMR/MSI"/><TextInfo><Text>MLH1, PMS2, MSH2 og MSH6 bevart (pMMR)</Text></TextInfo></StructuredInfo>
      </ResultItem>`,
  }),

  // Pathology: a histology report with XHTML text, then an addendum (appended).
  ...(['N', 'M'] as const).map((servType) =>
    message({
      genDate: servType === 'N' ? '2026-11-02T11:20:00' : '2026-11-09T10:05:00',
      msgId:
        servType === 'N' ? 'c5e3f2a4-3f6d-4e0a-9b5c-7d8e9f0a1b01' : 'c5e3f2a4-3f6d-4e0a-9b5c-7d8e9f0a1b02',
      servType,
      status: servType === 'N' ? 'F' : 'A',
      msgDescr: ['HIST', 'Histologi'],
      servProvId: 'H2026-11840',
      issueDate: '2026-11-02T11:19:30',
      servReq: {
        issueDate: '2026-10-27T10:00:00',
        id: 'R-91840',
        receiptDate: '2026-10-28T08:15:00',
        reason: ['PROB', 'Aktuell problemstilling', 'Polypp i colon sigmoideum, fjernet ved koloskopi.'],
      },
      patient: PATHRAD,
      requester: GP,
      lab: FJORDBY_PATH,
      specimens: [{ id: 'H2026118401', collected: '2026-10-27T10:30:00', type: 'Polypp, colon sigmoideum' }],
      items: `
      <ResultItem>
        <TextResult>
          <Heading V="FU" DN="Funn og undersøkelsesresultater"/>
          <TextResultValue><div xmlns="http://www.w3.org/1999/xhtml"><p><strong>Makroskopisk:</strong> Polypp 11 x 9 x 7 mm med stilk på 4 mm. Tusjmerket i stilkens reseksjonsflate, delt og alt innstøpt.</p><p><strong>Mikroskopisk:</strong> Tubulært adenom med lavgradig dysplasi. Ingen høygradig dysplasi. Ingen invasiv vekst. Reseksjonsflaten er fri med 2 mm.</p><p>Ved kontroll anbefales koloskopi etter gjeldende retningslinjer.</p></div></TextResultValue>
          <TextCode V="M82110" S="2.16.578.1.12.4.1.1.7010"/>
        </TextResult>
        <ServType V="N" DN="Ny"/>
        <Investigation><Id V="A" S="2.16.578.1.12.4.1.1.8219" DN="Histologisk us."/></Investigation>
        <IdResultItem>HIST_1</IdResultItem>
        <StatusInvestigation V="11" DN="Signert"/>
        <RefAnalysedSubject>H2026118401</RefAnalysedSubject>
        <Accredited V="true"/>
      </ResultItem>
      <ResultItem>
        <TextResult><Heading V="DIAG" DN="Diagnose"/><TextResultValue>Colon sigmoideum, polypp, polyppektomi: Tubulært adenom med lavgradig dysplasi, fritt fjernet.</TextResultValue></TextResult>
        <ServType V="N" DN="Ny"/>
        <Investigation><Id V="DIAG" S="2.16.578.1.12.4.1.1.8212" DN="Diagnose"/></Investigation>
        <StatusInvestigation V="11" DN="Signert"/>
      </ResultItem>${
        servType === 'M'
          ? `
      <ResultItem>
        <TextResult><Heading V="TFU" DN="Tilleggsfunn"/><TextResultValue>Tillegg: Immunhistokjemi viser bevart uttrykk av MLH1, PMS2, MSH2 og MSH6.</TextResultValue></TextResult>
        <ServType V="A" DN="Tillegg"/>
        <Investigation><Id V="IHC" S="2.16.578.1.12.4.1.1.8212" DN="Immunhistokjemi"/></Investigation>
        <StatusInvestigation V="4" DN="Tillegg"/>
      </ResultItem>`
          : ''
      }`,
      relServProv: `<RelServProv><Relation V="ARP" DN="Ansvarlig for rapport"/><HCP><HCProf><Type V="LE" DN="Lege"/><Name>Paula Patolog</Name><Id>9900203</Id><TypeId V="HPR" DN="HPR-nummer"/></HCProf></HCP></RelServProv>`,
    }),
  ),

  // Radiology in v1.3, declared ISO-8859-1, with a long text.
  message({
    version: 'v1.3',
    encoding: 'ISO-8859-1',
    genDate: '2026-09-30T14:45:00',
    msgId: 'd6f4a3b5-4a7e-4f1b-8c6d-8e9f0a1b2c01',
    servType: 'N',
    status: 'F',
    msgDescr: ['RTG', 'Røntgen'],
    servProvId: 'RTG-2026-4471',
    issueDate: '2026-09-30T14:44:00',
    servReq: {
      issueDate: '2026-09-25T09:00:00',
      id: 'R-34471',
      receiptDate: '2026-09-25T09:05:00',
      reason: ['PROB', 'Aktuell problemstilling', 'Smerter i høyre kne etter fall. Fraktur?'],
    },
    patient: PATHRAD,
    requester: GP,
    lab: VIKA,
    specimens: [],
    items: `
      <ResultItem>
        <TextResult><Heading V="FU" DN="Funn og undersøkelsesresultater"/><TextResultValue>Høyre kne, tre projeksjoner.
Ingen fraktur eller luksasjon. Lett innsnevret mediale leddspalte med små osteofytter, forenlig med begynnende artrose. Moderat leddvæske i recessus suprapatellaris.

Konklusjon: Ingen fraktur. Begynnende medial artrose.</TextResultValue></TextResult>
        <ServType V="N" DN="Ny"/>
        <Investigation><Id V="RTGKNE" S="2.16.578.1.12.4.1.1.8212" DN="Rtg. kne"/></Investigation>
        <InvDate V="2026-09-30T13:10:00"/>
        <StatusInvestigation V="11" DN="Signert"/>
      </ResultItem>`,
  }),

  // Nuclear medicine.
  message({
    genDate: '2026-08-12T12:00:00',
    msgId: 'e7a5b4c6-5b8f-4a2c-9d7e-9f0a1b2c3d01',
    servType: 'N',
    status: 'F',
    msgDescr: ['NUK', 'Nukleærmedisin'],
    servProvId: 'NUK-2026-0912',
    issueDate: '2026-08-12T11:58:00',
    servReq: { issueDate: '2026-08-01T10:00:00', id: 'R-40912', receiptDate: '2026-08-01T10:10:00' },
    patient: PATHRAD,
    requester: GP,
    lab: NUCLEAR,
    specimens: [],
    items: `
      <ResultItem>
        <TextResult><Heading V="FU" DN="Funn og undersøkelsesresultater"/><TextResultValue>Thyreoideascintigrafi med Tc-99m-pertechnetat: Jevn opptak i begge lapper. Ingen kalde eller varme knuter. Konklusjon: Normal scintigrafi.</TextResultValue></TextResult>
        <ServType V="N" DN="Ny"/>
        <Investigation><Id V="THYSC" S="2.16.578.1.12.4.1.1.8212" DN="Thyreoideascintigrafi"/></Investigation>
        <InvDate V="2026-08-12T09:30:00"/>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>`,
  }),
];
