/** How a message written for pps-kit is put together: its envelope, parties, items and the test patients it is about. */
import { SVARRAPPORT_NAMESPACES } from '../convert';

interface Party {
  name: string;
  id: string;
  type: 'HER' | 'HPR';
}

export interface Envelope {
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

export const GP: Envelope['requester'] = {
  name: 'Fjordbyen legekontor',
  id: '8000201',
  type: 'HER',
  hcp: { name: 'Kari Klinikersen', id: '4128168', type: 'HPR' },
};

const inst = (party: Party & { dept?: string }) =>
  `<Inst><Name>${party.name}</Name><Id>${party.id}</Id><TypeId V="${party.type}" DN="${party.type === 'HER' ? 'HER-id' : 'HPR-nummer'}"/>${
    party.dept ? `<Dept><Name>${party.dept}</Name></Dept>` : ''
  }</Inst>`;

export function message(e: Envelope): string {
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
export const num = (
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

export const FJORDBY_LAB = {
  name: 'Fjordbyen sykehus HF',
  id: '8000101',
  type: 'HER' as const,
  dept: 'Avdeling for medisinsk biokjemi',
};
export const FJORDBY_MICRO = {
  name: 'Fjordbyen sykehus HF',
  id: '8000103',
  type: 'HER' as const,
  dept: 'Mikrobiologisk avdeling',
};
export const FJORDBY_PATH = {
  name: 'Fjordbyen sykehus HF',
  id: '8000104',
  type: 'HER' as const,
  dept: 'Avdeling for patologi',
};
export const VIKA = { name: 'Vika radiologi', id: '8000105', type: 'HER' as const };
export const NUCLEAR = {
  name: 'Fjordbyen sykehus HF',
  id: '8000106',
  type: 'HER' as const,
  dept: 'Seksjon for nukleærmedisin',
};
export const IMMUNO = {
  name: 'Fjordbyen sykehus HF',
  id: '8000107',
  type: 'HER' as const,
  dept: 'Avdeling for immunologi og transfusjonsmedisin',
};
export const PHARMA = {
  name: 'Fjordbyen sykehus HF',
  id: '8000108',
  type: 'HER' as const,
  dept: 'Avdeling for klinisk farmakologi',
};
export const GENETICS = {
  name: 'Fjordbyen sykehus HF',
  id: '8000109',
  type: 'HER' as const,
  dept: 'Avdeling for medisinsk genetikk',
};

export const BLOOD = (id: string, collected: string) => [
  { id, collected, type: 'Blod', coded: ['B', 'Blod'] as [string, string] },
];

export const chemistryItems = (potassium: string, servType: 'N' | 'M') =>
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

export const REPEAT = '13867410028';
export const MICRO = '23814898407';
export const PATHRAD = '11866499022';
export const GPPAT = '04886897869';
export const VERSIONS = '22875298279';
