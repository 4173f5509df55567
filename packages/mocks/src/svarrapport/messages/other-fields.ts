/** Immunology and transfusion medicine, clinical pharmacology, medical genetics. */
import { BLOOD, GENETICS, GP, GPPAT, IMMUNO, message, num, PHARMA } from './envelope';

export const OTHER_FIELDS: readonly string[] = [
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
];
