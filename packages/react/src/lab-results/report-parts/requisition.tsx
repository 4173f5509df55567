'use client';
import type { LabReport } from '@pps-kit/api-client';
import { useId } from 'react';
import { usePpsContext } from '../../provider/pps-provider';
import { formatDateTime } from '../../shared/format';
import { fill } from '../../shared/messages';
import type { LabReportMessages } from '../messages';
import { Field, heading, type PartProps, partyText, usePart, usePartMessages } from './context';
import { Paragraphs } from './values';

/** The specimens: material, sample number, taken and received. */
export function Specimens(props: PartProps) {
  const { report, t, headingLevel } = usePart(props, 'Specimens');
  const { locale } = usePpsContext();
  const id = useId();
  if (report.specimens.length === 0) return null;
  const H = heading(headingLevel);
  return (
    <section className="pps-report__section" aria-labelledby={id}>
      <H id={id} className="pps-subheading">
        {t.sectionSpecimens}
      </H>
      <ul className="pps-list">
        {report.specimens.map((specimen) => (
          <li key={specimen.id}>
            <dl className="pps-fields">
              <Field label={t.specimenType}>
                {[specimen.type, specimen.bodySite].filter(Boolean).join(', ')}
              </Field>
              <Field label={t.specimenAccession}>{specimen.accession}</Field>
              <Field label={t.specimenCollected}>
                {specimen.collected ? formatDateTime(specimen.collected, locale) : undefined}
              </Field>
              <Field label={t.specimenReceived}>
                {specimen.received ? formatDateTime(specimen.received, locale) : undefined}
              </Field>
            </dl>
            {specimen.comments.length > 0 ? <p className="pps-note">{specimen.comments.join(' ')}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The requisition's fields: requester, when requested and received, reasons, comment, payment. */
export function RequisitionFields({
  requisition,
  messages,
}: {
  requisition: NonNullable<LabReport['requisition']>;
  /** Inside `LabReportParts.Root`: the Root's text. */
  messages?: LabReportMessages | undefined;
}) {
  const t = usePartMessages(messages);
  const { locale } = usePpsContext();
  return (
    <dl className="pps-fields">
      <Field label={t.requester}>{partyText(requisition.requester)}</Field>
      <Field label={t.requisitionDate}>
        {requisition.authoredOn ? formatDateTime(requisition.authoredOn, locale) : undefined}
      </Field>
      <Field label={t.requisitionReceived}>
        {requisition.receivedAt ? formatDateTime(requisition.receivedAt, locale) : undefined}
      </Field>
      {requisition.reasons.map((reason, index) => (
        <Field key={index} label={reason.heading ?? t.requisitionReason}>
          {reason.text}
        </Field>
      ))}
      <Field label={t.requisitionComment}>{requisition.comments.join(' ')}</Field>
      <Field label={t.requisitionPayment}>{requisition.paymentCategory}</Field>
      <Field label={t.requisitionReservations}>{requisition.reservations.join(', ')}</Field>
    </dl>
  );
}

/** The requisition behind the report: when, why, the requester's comment. */
export function Requisition(props: PartProps) {
  const { report, t, headingLevel } = usePart(props, 'Requisition');
  const id = useId();
  const requisition = report.requisition;
  if (!requisition) return null;
  const H = heading(headingLevel);
  return (
    <section className="pps-report__section" aria-labelledby={id}>
      <H id={id} className="pps-subheading">
        {t.sectionRequisition}
      </H>
      <RequisitionFields requisition={requisition} messages={t} />
    </section>
  );
}

/** The lab's comments on the report, clinical information, and a note on repeated earlier results. */
export function Comments(props: PartProps) {
  const { report, t, headingLevel } = usePart(props, 'Comments');
  const id = useId();
  const H = heading(headingLevel);
  const comments = report.comments.map((c) => [c.display, c.text].filter(Boolean).join(': '));
  if (comments.length === 0 && report.clinicalInfo.length === 0 && report.repeatCopies === 0) return null;
  return (
    <section className="pps-report__section" aria-labelledby={id}>
      <H id={id} className="pps-subheading">
        {t.sectionComments}
      </H>
      {comments.map((comment, index) => (
        <div key={index} className="pps-comment">
          <Paragraphs text={comment} />
        </div>
      ))}
      {report.clinicalInfo.length > 0 ? (
        <p>
          <strong>{t.sectionClinicalInfo}:</strong> {report.clinicalInfo.join(' ')}
        </p>
      ) : null}
      {report.repeatCopies > 0 ? (
        <p className="pps-note">{fill(t.repeatCopies, { count: report.repeatCopies })}</p>
      ) : null}
    </section>
  );
}
