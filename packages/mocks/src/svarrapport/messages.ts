/**
 * Svarrapport messages written for pps-kit about the synthetic test patients, modelled on the kinds
 * of message Norwegian labs send (never copied from the samples in ../shared/data/svarrapport).
 * Together they cover every fagområde; new, changed, appended and cancelled reports; microbiology
 * with susceptibility (a two-bottle blood culture linked as DIPS-like systems link it); structured
 * pathology findings; long pathology and radiology texts; text ranges and odd units; local codes
 * in DN with names in OT; numbers with trailing zeros; dates without a time; v1.3 and v1.4.
 */
import { SVARRAPPORT_NAMESPACES } from './convert';

interface Party {
  name: string;
  id: string;
  type: 'HER' | 'HPR';
}

interface Envelope {
  version?: 'v1.3' | 'v1.4';
  encoding?: 'UTF-8' | 'ISO-8859-1';
  genDate: string;
  msgId: string;
  servType: 'N' | 'M' | 'C';
  status: 'S' | 'P' | 'F' | 'A';
  msgDescr: [string, string];
  servProvId: string;
  issueDate: string;
  comment?: string;
  codedComment?: [string, string];
  servReq: {
    issueDate: string;
    id: string;
    receiptDate: string;
    reason?: [string, string, string];
    comment?: string;
  };
  patient: string;
  requester: Party & { hcp: Party };
  lab: Party & { dept?: string };
  specimens: { id: string; collected: string; type: string; coded?: [string, string] }[];
  items: string;
  relServProv?: string;
}

const GP: Envelope['requester'] = {
  name: 'Fjordbyen legekontor',
  id: '8000201',
  type: 'HER',
  hcp: { name: 'Kari Klinikersen', id: '4128168', type: 'HPR' },
};

const inst = (party: Party & { dept?: string }) =>
  `<Inst><Name>${party.name}</Name><Id>${party.id}</Id><TypeId V="${party.type}" DN="${party.type === 'HER' ? 'HER-id' : 'HPR-nummer'}"/>${
    party.dept ? `<Dept><Name>${party.dept}</Name></Dept>` : ''
  }</Inst>`;

function message(e: Envelope): string {
  const version = e.version ?? 'v1.4';
  const ns = SVARRAPPORT_NAMESPACES[version];
  const mig = version === 'v1.4' ? 'v1.4 2012-02-15' : 'v1.3 2008-12-01';
  const servTypeName = { N: 'Ny', M: 'Endring', C: 'Kansellering' }[e.servType];
  const statusName = {
    S: 'Planlagt',
    P: 'Foreløpig rapport',
    F: 'Endelig rapport',
    A: 'Tillegg til rapport',
  }[e.status];
  const specimens = e.specimens
    .map(
      (s) => `
      <AnalysedSubject>
        <CollectedSample><CollectedDate V="${s.collected}"/></CollectedSample>
        ${s.coded ? `<TypeCoded V="${s.coded[0]}" S="2.16.578.1.12.4.1.1.8351" DN="${s.coded[1]}"/>` : `<Type>${s.type}</Type>`}
        <IdByServProvider>${s.id}</IdByServProvider>
        <Accredited V="true"/>
      </AnalysedSubject>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="${e.encoding ?? 'UTF-8'}"?>
<Message xmlns="${ns}">
  <Type V="SVAR_LAB" DN="Svarrapport-Laboratoriemedisin"/>
  <MIGversion>${mig}</MIGversion>
  <GenDate V="${e.genDate}"/>
  <MsgId>${e.msgId}</MsgId>
  <ServReport>
    <ServType V="${e.servType}" DN="${servTypeName}"/>
    <IssueDate V="${e.issueDate}"/>
    <Status V="${e.status}" DN="${statusName}"/>
    <MsgDescr V="${e.msgDescr[0]}" DN="${e.msgDescr[1]}"/>
    <ServProvId>${e.servProvId}</ServProvId>
    ${e.comment ? `<Comment>${e.comment}</Comment>` : ''}
    ${e.codedComment ? `<CodedComment V="${e.codedComment[0]}" S="2.16.578.1.12.4.1.1.8269" DN="${e.codedComment[1]}"/>` : ''}
    <ServReq>
      <IssueDate V="${e.servReq.issueDate}"/>
      ${e.servReq.comment ? `<ReqComment>${e.servReq.comment}</ReqComment>` : ''}
      <Id>${e.servReq.id}</Id>
      <ReceiptDate V="${e.servReq.receiptDate}"/>
      ${
        e.servReq.reason
          ? `<ReasonAsText><Heading V="${e.servReq.reason[0]}" DN="${e.servReq.reason[1]}"/><TextResultValue>${e.servReq.reason[2]}</TextResultValue></ReasonAsText>`
          : ''
      }
    </ServReq>
    <Patient>
      <OffId>${e.patient}</OffId>
      <TypeOffId V="FNR" DN="Fødselsnummer"/>
      <ResponsibleHcp>
        <Relation V="REK" DN="Rekvirent"/>
        <HCP><Inst><Name>${e.requester.name}</Name><Id>${e.requester.id}</Id><TypeId V="HER" DN="HER-id"/><HCPerson><Name>${e.requester.hcp.name}</Name><Id>${e.requester.hcp.id}</Id><TypeId V="HPR" DN="HPR-nummer"/></HCPerson></Inst></HCP>
      </ResponsibleHcp>${specimens}
${e.items}
    </Patient>
    <ServProvider><HCP>${inst(e.lab)}</HCP></ServProvider>
    <Requester><HCP>${inst(e.requester)}</HCP></Requester>
    ${e.relServProv ?? ''}
  </ServReport>
</Message>
`;
}

/** A numeric result item. */
const num = (
  code: [string, string],
  value: string,
  unit: string,
  range: string,
  options: {
    flag?: '1' | '2' | '3';
    servType?: 'N' | 'M' | 'C';
    status?: string;
    comp?: 'LT' | 'GT';
    local?: string;
    sample?: string;
  } = {},
) => `
      <ResultItem>
        <NumResult>${options.comp ? `<ArithmeticComp V="${options.comp}" DN="${options.comp === 'LT' ? 'Mindre enn' : 'Større enn'}"/>` : ''}<NumResultValue V="${value}" U="${unit}"/></NumResult>
        <ServType V="${options.servType ?? 'N'}" DN="Ny"/>
        <RefInterval><Descr>${esc(range)}</Descr></RefInterval>
        <Investigation><Id V="${code[0]}" S="2.16.578.1.12.4.1.1.7280" DN="${code[1]}"/>${
          options.local ? `<Id V="${options.local}" S="2.16.578.1.12.4.1.1.8212" DN="${code[1]}"/>` : ''
        }</Investigation>
        ${options.flag ? `<DevResultInd V="${options.flag}" DN="${{ '1': 'Over øvre referansegrense', '2': 'Under nedre referansegrense', '3': 'Utenfor referansegrensene' }[options.flag]}"/>` : ''}
        <StatusInvestigation V="${options.status ?? '3'}" DN="Endelig"/>
        ${options.sample ? `<RefAnalysedSubject>${options.sample}</RefAnalysedSubject>` : ''}
        <Accredited V="true"/>
      </ResultItem>`;

/** Text as XML character data. */
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FJORDBY_LAB = {
  name: 'Fjordbyen sykehus HF',
  id: '8000101',
  type: 'HER' as const,
  dept: 'Avdeling for medisinsk biokjemi',
};
const FJORDBY_MICRO = {
  name: 'Fjordbyen sykehus HF',
  id: '8000103',
  type: 'HER' as const,
  dept: 'Mikrobiologisk avdeling',
};
const FJORDBY_PATH = {
  name: 'Fjordbyen sykehus HF',
  id: '8000104',
  type: 'HER' as const,
  dept: 'Avdeling for patologi',
};
const VIKA = { name: 'Vika radiologi', id: '8000105', type: 'HER' as const };
const NUCLEAR = {
  name: 'Fjordbyen sykehus HF',
  id: '8000106',
  type: 'HER' as const,
  dept: 'Seksjon for nukleærmedisin',
};
const IMMUNO = {
  name: 'Fjordbyen sykehus HF',
  id: '8000107',
  type: 'HER' as const,
  dept: 'Avdeling for immunologi og transfusjonsmedisin',
};
const PHARMA = {
  name: 'Fjordbyen sykehus HF',
  id: '8000108',
  type: 'HER' as const,
  dept: 'Avdeling for klinisk farmakologi',
};
const GENETICS = {
  name: 'Fjordbyen sykehus HF',
  id: '8000109',
  type: 'HER' as const,
  dept: 'Avdeling for medisinsk genetikk',
};

const BLOOD = (id: string, collected: string) => [
  { id, collected, type: 'Blod', coded: ['B', 'Blod'] as [string, string] },
];

const chemistryItems = (potassium: string, servType: 'N' | 'M') =>
  [
    num(['NPU02593', 'B-Leukocytter'], '11.2', 'x10E9/L', '3.5 - 10.0', {
      flag: '1',
      local: 'LPK',
      servType,
    }),
    num(['NPU19748', 'P-CRP'], '1', 'mg/L', '< 5', { comp: 'LT', local: 'CRP', servType }),
    num(['NPU03230', 'P-Kalium'], potassium, 'mmol/l', '3,5 - 4,4', {
      ...(potassium === '5.9' ? { flag: '1' as const } : {}),
      local: 'K',
      servType,
    }),
    num(['NPU01685', 'P-INR'], '1.1', '', '0,8 - 1,2', { local: 'INR', servType }),
    num(['NOR25909', 'eGFR'], '90', 'mL/min/1.73m2', '>60', { comp: 'GT', local: 'EGFR', servType }),
  ].join('');

const REPEAT = '13867410028';
const MICRO = '23814898407';
const PATHRAD = '11866499022';
const GPPAT = '04886897869';
const VERSIONS = '22875298279';

/** The messages, in the order a lab would have sent them. */
export const PPS_KIT_MESSAGES: readonly string[] = [
  // Chemistry, new, then changed: one value corrected (v1.4, decimal points in ranges, free units).
  message({
    genDate: '2026-10-20T13:10:05',
    msgId: 'a3c1f0e2-1d4b-4c8e-9f3a-5b6c7d8e9f01',
    servType: 'N',
    status: 'F',
    msgDescr: ['CLIN', 'Medisinsk biokjemi'],
    servProvId: 'PK-2026-77120',
    issueDate: '2026-10-20T13:09:40',
    servReq: { issueDate: '2026-10-19T15:00:00', id: 'R-55120', receiptDate: '2026-10-20T09:40:00' },
    patient: REPEAT,
    requester: GP,
    lab: FJORDBY_LAB,
    specimens: BLOOD('PK2026771201', '2026-10-20T08:05:00'),
    items: chemistryItems('5.9', 'N'),
    comment: 'Prøven var lett hemolysert. Kalium kan være falskt forhøyet.',
  }),
  message({
    genDate: '2026-10-21T09:02:11',
    msgId: 'a3c1f0e2-1d4b-4c8e-9f3a-5b6c7d8e9f02',
    servType: 'M',
    status: 'F',
    msgDescr: ['CLIN', 'Medisinsk biokjemi'],
    servProvId: 'PK-2026-77120',
    issueDate: '2026-10-21T09:01:50',
    servReq: { issueDate: '2026-10-19T15:00:00', id: 'R-55120', receiptDate: '2026-10-20T09:40:00' },
    patient: REPEAT,
    requester: GP,
    lab: FJORDBY_LAB,
    specimens: BLOOD('PK2026771201', '2026-10-20T08:05:00'),
    items: chemistryItems('4.1', 'M'),
    codedComment: ['VA', 'Vesentlig avvik fra tidligere svar'],
    comment: 'Kalium er analysert på nytt fra ikke-hemolysert prøve.',
  }),

  // Microbiology: a blood culture with isolate and susceptibilities linked by RefIdResultItem.
  message({
    genDate: '2026-11-18T15:30:00',
    msgId: 'b4d2e1f3-2e5c-4d9f-8a4b-6c7d8e9f0a01',
    servType: 'N',
    status: 'F',
    msgDescr: ['MBIO', 'Mikrobiologi'],
    servProvId: 'MB-2026-20811',
    issueDate: '2026-11-18T15:29:10',
    servReq: {
      issueDate: '2026-11-15T22:10:00',
      id: 'R-80811',
      receiptDate: '2026-11-15T23:05:00',
      reason: ['PROB', 'Aktuell problemstilling', 'Feber 39,4, frostanfall. Sepsis?'],
    },
    patient: MICRO,
    requester: {
      ...GP,
      name: 'Fjordbyen sykehus HF, Akuttmottaket',
      id: '8000203',
      hcp: { name: 'Per Poliklinikk', id: '9900102', type: 'HPR' },
    },
    lab: FJORDBY_MICRO,
    specimens: [{ id: 'BK2026208111', collected: '2026-11-15T22:20:00', type: 'Blodkultur' }],
    items: `
      <ResultItem>
        <TextResult><Heading V="LR" DN="Laboratorieresultat"/><TextResultValue>Staphylococcus aureus</TextResultValue></TextResult>
        <ServType V="N" DN="Ny"/>
        <Investigation><Id V="NPU58580" S="2.16.578.1.12.4.1.1.7280" DN="B-Aerob blodkultur, bakterier"/></Investigation>
        <Comment>Påvist i 2 av 2 flasker. Telefonert til vakthavende lege 17.11. kl. 08:40.</Comment>
        <IdResultItem>1</IdResultItem>
        <StatusInvestigation V="3" DN="Endelig"/>
        <RefAnalysedSubject>BK2026208111</RefAnalysedSubject>
        <Accredited V="true"/>
        <ResultItem>
          <TextResult><TextResultValue>Vekst etter 14 timer</TextResultValue></TextResult>
          <Investigation><Id S="2.16.578.1.12.4.1.1.8212" OT="Tid til positiv"/></Investigation>
        </ResultItem>
      </ResultItem>
      <ResultItem>
        <TextResult><Heading V="RSB" DN="Resistensbestemmelse"/><TextResultValue>0,125</TextResultValue><TextCode V="S" S="2.16.578.1.12.4.1.1.8271" DN="Sensitiv, standarddose"/></TextResult>
        <Investigation><Id V="NPU53160" S="2.16.578.1.12.4.1.1.7280" DN="Us-Benzylpenicillin (MIC)"/></Investigation>
        <RefIdResultItem>1</RefIdResultItem>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>
      <ResultItem>
        <TextResult><Heading V="RSB" DN="Resistensbestemmelse"/><TextCode V="S" S="2.16.578.1.12.4.1.1.8271" DN="Sensitiv, standarddose"/></TextResult>
        <Investigation><Id V="NPU06046" S="2.16.578.1.12.4.1.1.7280" DN="Us-Gentamicin"/></Investigation>
        <RefIdResultItem>1</RefIdResultItem>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>
      <ResultItem>
        <TextResult><Heading V="RSB" DN="Resistensbestemmelse"/><TextCode V="R" S="2.16.578.1.12.4.1.1.8271" DN="Resistent"/></TextResult>
        <Investigation><Id V="NPU06049" S="2.16.578.1.12.4.1.1.7280" DN="Us-Ciprofloksacin"/></Investigation>
        <RefIdResultItem>1</RefIdResultItem>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>`,
  }),

  // Microbiology: a positive two-bottle blood culture as some lab systems send it: a report
  // group holding each bottle and, beside it, the organism found in it (linked by
  // RefIdResultItem); the susceptibilities last, each linked to its organism. Local codes in DN,
  // the readable names in OT; zone diameters in mm and a MIC in mg/L; received date without a time.
  message({
    genDate: '2026-11-19T11:45:00',
    msgId: 'b4d2e1f3-2e5c-4d9f-8a4b-6c7d8e9f0a02',
    servType: 'N',
    status: 'F',
    msgDescr: ['MBIO', 'Mikrobiologi'],
    servProvId: 'MB-2026-21044',
    issueDate: '2026-11-19T11:44:00',
    servReq: {
      issueDate: '2026-11-16T07:30:00',
      id: 'R-81044',
      receiptDate: '2026-11-16',
      reason: ['PROB', 'Aktuell problemstilling', 'Feber og frostanfall etter kateterskifte.'],
    },
    patient: MICRO,
    requester: {
      ...GP,
      name: 'Fjordbyen sykehus HF, Medisinsk sengepost 3',
      id: '8000204',
      hcp: { name: 'Per Poliklinikk', id: '9900102', type: 'HPR' },
    },
    lab: FJORDBY_MICRO,
    specimens: [
      { id: 'BK2026210441', collected: '2026-11-16T07:40:00', type: 'Blodkultur, aerob flaske' },
      { id: 'BK2026210442', collected: '2026-11-16T07:41:00', type: 'Blodkultur, anaerob flaske' },
    ],
    items: `
      <ResultItem>
        <TextResult><Heading V="GR" DN="Gruppe"/><TextResultValue>Blodkultur</TextResultValue></TextResult>
        <Comment>Godkjent av: Mira Mikrobiolog</Comment>
        <MedicalValidationDate V="2026-11-19"/>
        <ResultItem>
          <TextResult><Heading V="LR" DN="Laboratorieresultat"/></TextResult>
          <ServType V="N" DN="Ny"/>
          <Investigation><Id V="NPU58580" S="2.16.578.1.12.4.1.1.7280" DN="BKAE" OT="Aerob blodkultur"/></Investigation>
          <InvDate V="2026-11-16T09:02:00"/>
          <IdResultItem>BK-21044-1</IdResultItem>
          <StatusInvestigation V="3" DN="Endelig"/>
          <RefAnalysedSubject>BK2026210441</RefAnalysedSubject>
        </ResultItem>
        <ResultItem>
          <TextResult><Heading V="LR" DN="Laboratorieresultat"/><TextResultValue>Escherichia coli</TextResultValue><TextCode V="ESCOLI" S="2.16.578.1.12.4.1.1.8212" DN="ESCOLI" OT="Escherichia coli"/></TextResult>
          <Investigation><Id V="ESCOLI" S="2.16.578.1.12.4.1.1.8212" DN="ID" OT="Identifikasjon"/></Investigation>
          <Comment>Vekst etter 11 timer. Telefonert til vakthavende lege 17.11. kl. 02:10.</Comment>
          <IdResultItem>1</IdResultItem>
          <RefIdResultItem>BK-21044-1</RefIdResultItem>
          <StatusInvestigation V="3" DN="Endelig"/>
        </ResultItem>
        <ResultItem>
          <TextResult><Heading V="LR" DN="Laboratorieresultat"/></TextResult>
          <ServType V="N" DN="Ny"/>
          <Investigation><Id V="NPU58581" S="2.16.578.1.12.4.1.1.7280" DN="BKAN" OT="Anaerob blodkultur"/></Investigation>
          <InvDate V="2026-11-16T09:03:00"/>
          <IdResultItem>BK-21044-2</IdResultItem>
          <StatusInvestigation V="3" DN="Endelig"/>
          <RefAnalysedSubject>BK2026210442</RefAnalysedSubject>
        </ResultItem>
        <ResultItem>
          <TextResult><Heading V="LR" DN="Laboratorieresultat"/><TextResultValue>Enterococcus faecalis</TextResultValue><TextCode V="ENCFAE" S="2.16.578.1.12.4.1.1.8212" DN="ENCFAE" OT="Enterococcus faecalis"/></TextResult>
          <Investigation><Id V="ENCFAE" S="2.16.578.1.12.4.1.1.8212" DN="ID" OT="Identifikasjon"/></Investigation>
          <IdResultItem>2</IdResultItem>
          <RefIdResultItem>BK-21044-2</RefIdResultItem>
          <StatusInvestigation V="3" DN="Endelig"/>
        </ResultItem>
      </ResultItem>
      <ResultItem>
        <TextResult><Heading V="RSB" DN="Resistensbestemmelse"/><TextResultValue>14</TextResultValue><TextCode V="R" S="2.16.578.1.12.4.1.1.8271" DN="Resistent"/><Unit>mm</Unit></TextResult>
        <Investigation><Id V="NPU06045" S="2.16.578.1.12.4.1.1.7280" DN="AM-D" OT="Ampicillin"/></Investigation>
        <RefIdResultItem>1</RefIdResultItem>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>
      <ResultItem>
        <TextResult><Heading V="RSB" DN="Resistensbestemmelse"/><TextResultValue>19</TextResultValue><TextCode V="I" S="2.16.578.1.12.4.1.1.8271" DN="Sensitiv, økt eksponering"/><Unit>mm</Unit></TextResult>
        <Investigation><Id V="NPU06049" S="2.16.578.1.12.4.1.1.7280" DN="CI-D" OT="Ciprofloksacin"/></Investigation>
        <RefIdResultItem>1</RefIdResultItem>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>
      <ResultItem>
        <TextResult><Heading V="RSB" DN="Resistensbestemmelse"/><TextResultValue>0.50</TextResultValue><TextCode V="S" S="2.16.578.1.12.4.1.1.8271" DN="Sensitiv, standarddose"/><Unit>mg/L</Unit></TextResult>
        <Investigation><Id V="NPU06037" S="2.16.578.1.12.4.1.1.7280" DN="MP-E" OT="Meropenem"/></Investigation>
        <RefIdResultItem>1</RefIdResultItem>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>
      <ResultItem>
        <TextResult><Heading V="RSB" DN="Resistensbestemmelse"/><TextResultValue>25</TextResultValue><TextCode V="S" S="2.16.578.1.12.4.1.1.8271" DN="Sensitiv, standarddose"/><Unit>mm</Unit></TextResult>
        <Investigation><Id V="NPU06045" S="2.16.578.1.12.4.1.1.7280" DN="AM-D" OT="Ampicillin"/></Investigation>
        <RefIdResultItem>2</RefIdResultItem>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>
      <ResultItem>
        <TextResult><Heading V="RSB" DN="Resistensbestemmelse"/><TextCode V="R" S="2.16.578.1.12.4.1.1.8271" DN="Resistent"/></TextResult>
        <Investigation><Id V="LZ_V" S="2.16.578.1.12.4.1.1.8212" DN="LZ_V" OT="Linezolid"/></Investigation>
        <Comment>Linezolidresistens er sjelden: isolatet er sendt til referanselaboratoriet.</Comment>
        <RefIdResultItem>2</RefIdResultItem>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>`,
  }),

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

  // Immunology and transfusion medicine: a blood type and an antibody with a text cut-off.
  message({
    genDate: '2026-06-03T10:20:00',
    msgId: 'f8b6c5d7-6c9a-4b3d-8e8f-0a1b2c3d4e01',
    servType: 'N',
    status: 'F',
    msgDescr: ['IMTR', 'Immunologi og transfusjonsmedisin'],
    servProvId: 'IM-2026-3301',
    issueDate: '2026-06-03T10:19:00',
    servReq: { issueDate: '2026-06-01T09:00:00', id: 'R-63301', receiptDate: '2026-06-02T08:00:00' },
    patient: GPPAT,
    requester: GP,
    lab: IMMUNO,
    specimens: BLOOD('IM202633011', '2026-06-02T07:45:00'),
    items: `
      <ResultItem>
        <TextResult><TextResultValue>A RhD pos</TextResultValue></TextResult>
        <ServType V="N" DN="Ny"/>
        <Investigation><Id V="NPU01945" S="2.16.578.1.12.4.1.1.7280" DN="Ery-ABO-RhD-antigen"/></Investigation>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>${num(['NPU19947', 'P-CCP IgG'], '3', 'p.d.e.', '< 7 (negativ)', { local: 'CCP' })}`,
  }),

  // Clinical pharmacology.
  message({
    genDate: '2026-07-14T13:30:00',
    msgId: 'a9c7d6e8-7d0b-4c4e-9f9a-1b2c3d4e5f01',
    servType: 'N',
    status: 'F',
    msgDescr: ['FARM', 'Klinisk farmakologi'],
    servProvId: 'KF-2026-5512',
    issueDate: '2026-07-14T13:29:00',
    servReq: {
      issueDate: '2026-07-12T09:00:00',
      id: 'R-75512',
      receiptDate: '2026-07-13T08:20:00',
      comment: 'Siste dose litium kl. 21 kvelden før prøvetaking.',
    },
    patient: GPPAT,
    requester: GP,
    lab: PHARMA,
    specimens: [
      { id: 'KF202655121', collected: '2026-07-13T08:00:00', type: 'Serum', coded: ['S', 'Serum'] },
    ],
    items: `
      <ResultItem>
        <NumResult><NumResultValue V="0.74" U="mmol/L"/></NumResult>
        <ServType V="N" DN="Ny"/>
        <Investigation><Id V="NPU02613" S="2.16.578.1.12.4.1.1.7280" DN="P-Litium"/></Investigation>
        <Comment>Tatt 12 timer etter siste dose. Se laboratoriets brukerhåndbok for anbefalt terapeutisk område.</Comment>
        <StatusInvestigation V="3" DN="Endelig"/>
        <Accredited V="true"/>
      </ResultItem>`,
  }),

  // Medical genetics.
  message({
    genDate: '2026-05-20T12:40:00',
    msgId: 'b0d8e7f9-8e1c-4d5f-8a0b-2c3d4e5f6a01',
    servType: 'N',
    status: 'F',
    msgDescr: ['MGEN', 'Medisinsk genetikk'],
    servProvId: 'MG-2026-0420',
    issueDate: '2026-05-20T12:39:00',
    servReq: {
      issueDate: '2026-04-28T10:00:00',
      id: 'R-80420',
      receiptDate: '2026-04-29T09:00:00',
      reason: ['PROB', 'Aktuell problemstilling', 'Forhøyet ferritin og transferrinmetning. Hemokromatose?'],
    },
    patient: GPPAT,
    requester: GP,
    lab: GENETICS,
    specimens: [{ id: 'MG202604201', collected: '2026-04-28T10:15:00', type: 'EDTA-blod' }],
    items: `
      <ResultItem>
        <TextResult><Heading V="MET" DN="Metode/utførte tester"/><TextResultValue>HFE-genotyping (p.Cys282Tyr og p.His63Asp): Ingen av variantene er påvist.</TextResultValue></TextResult>
        <ServType V="N" DN="Ny"/>
        <Investigation><Id V="HFE" S="2.16.578.1.12.4.1.1.8212" DN="HFE-genotyping"/></Investigation>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>
      <ResultItem>
        <TextResult><Heading V="VU" DN="Vurdering"/><TextResultValue>Funnet utelukker ikke jernoverskudd av annen årsak. Genetisk veiledning er ikke nødvendig på bakgrunn av dette svaret.</TextResultValue></TextResult>
        <ServType V="N" DN="Ny"/>
        <Investigation><Id V="VURD" S="2.16.578.1.12.4.1.1.8212" DN="Vurdering"/></Investigation>
        <StatusInvestigation V="3" DN="Endelig"/>
      </ResultItem>`,
  }),

  // Chemistry, new, then cancelled by the lab.
  ...(['N', 'C'] as const).map((servType) =>
    message({
      genDate: servType === 'N' ? '2026-10-05T12:00:00' : '2026-10-06T08:30:00',
      msgId:
        servType === 'N' ? 'c1e9f8a0-9f2d-4e6a-9b1c-3d4e5f6a7b01' : 'c1e9f8a0-9f2d-4e6a-9b1c-3d4e5f6a7b02',
      servType,
      status: 'F',
      msgDescr: ['CLIN', 'Medisinsk biokjemi'],
      servProvId: 'PK-2026-66012',
      issueDate: '2026-10-05T11:59:00',
      servReq: { issueDate: '2026-10-04T12:00:00', id: 'R-66012', receiptDate: '2026-10-05T09:00:00' },
      patient: VERSIONS,
      requester: GP,
      lab: FJORDBY_LAB,
      specimens: BLOOD('PK2026660121', '2026-10-05T08:10:00'),
      items: num(['NPU01443', 'P-Kalsium'], '2.71', 'mmol/L', '2,15 - 2,51', { flag: '1', servType }),
      ...(servType === 'C'
        ? { comment: 'Svaret er kansellert: prøven tilhørte en annen pasient. Ny prøve må tas.' }
        : {}),
    }),
  ),
];
