/** Microbiology: blood cultures with isolates and susceptibilities. */
import { FJORDBY_MICRO, GP, MICRO, message } from './envelope';

export const MICROBIOLOGY: readonly string[] = [
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
];
