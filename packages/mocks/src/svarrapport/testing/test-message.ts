/**
 * A minimal Svarrapport v1.4 message around the parts a test cares about. Test code only.
 */
import { SVARRAPPORT_NAMESPACES } from '../convert';

export interface TestMessage {
  genDate?: string;
  servType?: string;
  status?: string;
  issueDate?: string;
  msgDescr?: string;
  /** Elements of the ServReport between ServProvId and Patient (comments, ServReq …). */
  report?: string;
  /** Elements of the Patient before its results (AnalysedSubject, InfItem …). */
  patient?: string;
  items?: string;
  declaration?: string;
}

export function testMessage(m: TestMessage = {}): string {
  return `${m.declaration ?? '<?xml version="1.0" encoding="UTF-8"?>'}
<Message xmlns="${SVARRAPPORT_NAMESPACES['v1.4']}">
  <Type V="SVAR_LAB" DN="Svarrapport-Laboratoriemedisin"/>
  <MIGversion>v1.4 2012-02-15</MIGversion>
  <GenDate V="${m.genDate ?? '2026-11-20T10:00:00'}"/>
  <MsgId>test-1</MsgId>
  <ServReport>
    <ServType V="${m.servType ?? 'N'}"/>
    <IssueDate V="${m.issueDate ?? '2026-11-20T09:59:00'}"/>
    <Status V="${m.status ?? 'F'}"/>
    <MsgDescr V="${m.msgDescr ?? 'CLIN'}"/>
    <ServProvId>T-1</ServProvId>
    ${m.report ?? ''}
    <Patient>
      <OffId>13867410028</OffId>
      <TypeOffId V="FNR"/>
      ${m.patient ?? ''}
      ${m.items ?? ''}
    </Patient>
    <ServProvider><HCP><Inst><Name>Testlab</Name><Id>8000101</Id><TypeId V="HER"/></Inst></HCP></ServProvider>
    <Requester><HCP><Inst><Name>Testlege</Name></Inst></HCP></Requester>
  </ServReport>
</Message>`;
}

/** A specimen (AnalysedSubject) for `patient`. */
export const testSpecimen = (id: string, collected?: string, type = 'Blod') =>
  `<AnalysedSubject>${collected ? `<CollectedSample><CollectedDate V="${collected}"/></CollectedSample>` : ''}<Type>${type}</Type><IdByServProvider>${id}</IdByServProvider></AnalysedSubject>`;
