import { isClosedRequisition, type ParekRequisition } from '@pps-kit/api-client';
import { formatDate, formatDateTime } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill, type ViewStateMessages } from '../shared/messages';
import type { RequisitionMessages } from './messages';

export type T = RequisitionMessages & ViewStateMessages;

/** What `specimenLine`'s selects read as "not given" (no lab writes it as a specimen's field). */
const NONE = 'none';

/** The stepper: requested, sampling (with the specimens taken so far), completed or revoked. */
export function RequisitionProgress({
  requisition,
  t,
  locale,
}: {
  requisition: ParekRequisition;
  t: T;
  locale: Locale;
}) {
  const { stage, specimens } = requisition;
  const closed = isClosedRequisition(requisition);
  const steps: {
    key: string;
    label: string;
    state: 'done' | 'current' | 'todo';
    detail?: React.ReactNode;
  }[] = [
    {
      key: 'requested',
      label: t.stepRequested,
      state: 'done',
      ...(requisition.authoredOn ? { detail: formatDate(requisition.authoredOn, locale) } : {}),
    },
    {
      key: 'sampling',
      label: t.stepSampling,
      state: closed ? 'done' : 'current',
      detail:
        specimens.length === 0 ? (
          t.noSpecimens
        ) : (
          <>
            {fill(t.specimensTaken, { count: specimens.length })}
            <ul className="pps-list">
              {specimens.map((specimen) => (
                <li key={specimen.id}>
                  {fill(t.specimenLine, {
                    type: specimen.type || NONE,
                    time: specimen.collected ? formatDateTime(specimen.collected, locale) : NONE,
                    accession: specimen.accession || NONE,
                    collector: specimen.collector || NONE,
                  })}
                </li>
              ))}
            </ul>
          </>
        ),
    },
    {
      key: 'end',
      label: stage === 'revoked' ? t.stepRevoked : t.stepDone,
      state: closed ? 'current' : 'todo',
    },
  ];
  const stateText = { done: t.stepStateDone, current: t.stepStateCurrent, todo: t.stepStateTodo };
  return (
    <ol className="pps-steps" aria-label={t.progressLabel}>
      {steps.map((step) => (
        <li
          key={step.key}
          className="pps-steps__step"
          data-step-state={step.state}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className="pps-steps__marker" aria-hidden="true">
            {step.state === 'done' ? '✓' : step.state === 'current' ? '●' : '○'}
          </span>
          <span className="pps-steps__label">
            {step.label} <span className="pps-visually-hidden">({stateText[step.state]})</span>
          </span>
          {step.detail ? <div className="pps-steps__detail">{step.detail}</div> : null}
        </li>
      ))}
    </ol>
  );
}
