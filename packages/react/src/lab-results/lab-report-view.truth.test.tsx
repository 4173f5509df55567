// @vitest-environment jsdom
/**
 * What a lab sent reaches the screen as sent (Clinical truth I): a message written here goes
 * through the converter, the mock PPS and the client to LabReportView.
 */
import { createPpsHandlers, svarrapporterToResources } from '@pps-kit/mocks';
import { cleanup, screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithPps } from '../testing/render';
import { LabReportView } from './lab-report-view';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const PERSON = '13867410028';
const message = (msgDescr: string, body: string, items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Message xmlns="http://www.kith.no/xmlstds/labsvar/2012-02-15">
  <Type V="SVAR_LAB"/><MIGversion>v1.4 2012-02-15</MIGversion><GenDate V="2017-09-21T10:00:00"/><MsgId>truth-${msgDescr}</MsgId>
  <ServReport>
    <ServType V="N"/><IssueDate V="2017-09-20"/><Status V="F"/><MsgDescr V="${msgDescr}"/><ServProvId>T-${msgDescr}</ServProvId>
    ${body}
    <Patient><OffId>${PERSON}</OffId><TypeOffId V="FNR"/>
      <AnalysedSubject><CollectedSample><CollectedDate V="2017-09-20T16:05:00"/></CollectedSample><Type>Blod</Type><IdByServProvider>S1</IdByServProvider></AnalysedSubject>
      ${items}
    </Patient>
    <ServProvider><HCP><Inst><Name>Testlab</Name><Id>8000101</Id><TypeId V="HER"/></Inst></HCP></ServProvider>
    <Requester><HCP><Inst><Name>Testlege</Name></Inst></HCP></Requester>
  </ServReport>
</Message>`;

async function show(xml: string, title: RegExp) {
  const resources = svarrapporterToResources([xml])[PERSON] ?? [];
  const report = resources.find((r) => r.resourceType === 'DiagnosticReport');
  server.use(...createPpsHandlers({ patients: [], resources: { [PERSON]: resources } }));
  renderWithPps(<LabReportView reportId={report?.id ?? ''} />, {
    patient: { personId: PERSON },
    withoutPtsAndParek: true,
  });
  return screen.findByRole('article', { name: title });
}

describe('LabReportView shows what the lab sent', () => {
  it('a number with its own digits, and dates without a time as dates only', async () => {
    const article = await show(
      message(
        'CLIN',
        '<ServReq><Id>R1</Id><ReceiptDate V="2017-09-20"/></ServReq>',
        `<ResultItem><NumResult><NumResultValue V="14.0" U="mmol/L"/></NumResult><ServType V="N"/><RefInterval><Descr>3,5 - 10,0</Descr></RefInterval>
          <Investigation><Id V="NPU1" DN="GLU" OT="P-Glukose"/></Investigation><StatusInvestigation V="3"/></ResultItem>
         <ResultItem><NumResult><NumResultValue V="0.50" U="mg/L"/></NumResult><ServType V="N"/><Investigation><Id V="NPU2" OT="S-Troponin"/></Investigation><StatusInvestigation V="3"/></ResultItem>`,
      ),
      /^Svarrapport/,
    );
    const results = within(article).getByRole('table', { name: 'Resultater' });
    expect(within(results).getByRole('row', { name: /P-Glukose/ })).toHaveTextContent('14,0');
    expect(within(results).getByRole('row', { name: /S-Troponin/ })).toHaveTextContent('0,50');
    const header = within(article).getByRole('banner');
    expect(header).toHaveTextContent('Mottatt20.09.2017');
    expect(header).toHaveTextContent('Prøvetatt20.09.2017 16:05');
    // The received and first-version dates were sent without a time: none is shown.
    expect(article.textContent).not.toMatch(/20\.09\.2017 0[12]:00/);
  });

  it('structured pathology findings with their headings, in order', async () => {
    const article = await show(
      message(
        'HIST',
        '',
        `<ResultItem><TextResult><Heading V="DIAG" DN="Diagnose"/><TextResultValue>Adenokarsinom i colon ascendens.</TextResultValue></TextResult><ServType V="N"/>
          <Investigation><Id V="A" S="2.16.578.1.12.4.1.1.8219" DN="Histologisk us."/></Investigation><StatusInvestigation V="11"/>
          <StructuredInfo><Type V="LK" OT="Lymfeknuter undersøkt"/><IntegerInfo><Integer V="14"/></IntegerInfo></StructuredInfo>
          <StructuredInfo><Type V="LKM" OT="Lymfeknuter med metastase"/><IntegerInfo><Integer V="2"/></IntegerInfo></StructuredInfo>
          <StructuredInfo><Type V="KAR" OT="Karinnvekst"/><BooleanInfo><Flag V="false"/></BooleanInfo></StructuredInfo>
          <StructuredInfo><Type V="MMR" OT="MMR/MSI"/><TextInfo><Text>pMMR</Text></TextInfo></StructuredInfo>
        </ResultItem>`,
      ),
      /^Svarrapport/,
    );
    const findings = within(article).getByLabelText('Strukturerte funn: Histologisk us.');
    const terms = within(findings)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(terms).toEqual(['Lymfeknuter undersøkt', 'Lymfeknuter med metastase', 'Karinnvekst', 'MMR/MSI']);
    expect(findings).toHaveTextContent(
      'Lymfeknuter undersøkt14Lymfeknuter med metastase2KarinnvekstNeiMMR/MSIpMMR',
    );
  });

  it('the lab’s own S/I/R wording, a zone diameter as such, the signing doctor and the contrast', async () => {
    const article = await show(
      message(
        'MBIO',
        '',
        `<ResultItem><TextResult><Heading V="LR"/><TextResultValue>Escherichia coli</TextResultValue></TextResult><Investigation><Id V="NPU06061" DN="AERD" OT="Aerob dyrkning"/></Investigation><IdResultItem>1</IdResultItem>
           <RelServProv><Relation V="AUT" DN="Dokumentgodkjenner"/><HCP><HCProf><Name>Mikro Biolog</Name></HCProf></HCP></RelServProv></ResultItem>
         <ResultItem><TextResult><Heading V="RSB"/><TextResultValue>18</TextResultValue><TextCode V="I" S="2.16.578.1.12.4.1.1.8271" DN="Intermediært følsom"/><Unit>mm</Unit></TextResult><Investigation><Id V="CI-D" DN="CI-D" OT="Ciprofloksacin"/></Investigation><RefIdResultItem>1</RefIdResultItem></ResultItem>`,
      ),
      /^Svarrapport/,
    );
    const table = within(article).getByRole('table', { name: 'Resistensbestemmelse' });
    expect(within(table).getByRole('row', { name: /Ciprofloksacin/ })).toHaveTextContent(
      'I Intermediært følsom (Sonediameter 18 mm)',
    );
    const isolate = within(article).getByText('Isolat 1: Escherichia coli').closest('li') as HTMLElement;
    expect(isolate).toHaveTextContent('AnalyseAerob dyrkning');
    expect(isolate).toHaveTextContent('Mikro Biolog');
    expect(article).not.toHaveTextContent('AERD');
  });

  it('says who cancelled only where the message says it: a cancelled requisition', async () => {
    const cancelled = (servReqType: string) =>
      message(
        'CLIN',
        `<ServReq><ServType V="${servReqType}"/><Id>R1</Id></ServReq>`,
        `<ResultItem><NumResult><NumResultValue V="51" U="mmol/mol"/></NumResult><ServType V="C"/><Investigation><Id V="NPU27300" OT="B-HbA1c"/></Investigation></ResultItem>`,
      ).replace('<ServType V="N"/><IssueDate', '<ServType V="C"/><IssueDate');
    let article = await show(cancelled('C'), /^Svarrapport/);
    expect(within(article).getByRole('note')).toHaveTextContent(
      'Kansellert: rekvisisjonen er kansellert, og svarrapporten med den.',
    );
    cleanup();
    article = await show(cancelled('N'), /^Svarrapport/);
    const banner = within(article).getByRole('note');
    expect(banner).toHaveTextContent('Kansellert: svarrapporten er kansellert. Resultatene må ikke brukes.');
    expect(banner).not.toHaveTextContent(/laboratoriet|rekvisisjonen/);
  });
});
