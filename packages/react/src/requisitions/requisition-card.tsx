import type { ParekRequisition } from '@pps-kit/api-client';
import { useId } from 'react';
import type { Locale } from '../shared/i18n';
import { RequisitionProgress, type T } from './requisition-progress';
import { periodText, STAGE_GLYPH } from './requisition-words';

export function RequisitionCard({
  requisition,
  t,
  locale,
  headingLevel,
}: {
  requisition: ParekRequisition;
  t: T;
  locale: Locale;
  headingLevel: 3 | 4 | 5;
}) {
  const id = useId();
  const H = `h${headingLevel}` as const;
  const period = periodText(requisition, t, locale);
  const requester = [requisition.requester?.person, requisition.requester?.organisation]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="pps-card pps-requisition" aria-labelledby={id} data-stage={requisition.stage}>
      <H id={id} className="pps-subheading">
        {requisition.title ?? requisition.analyses.map((a) => a.name).join(', ')}
      </H>
      <p className="pps-status" data-stage={requisition.stage}>
        <span aria-hidden="true">{STAGE_GLYPH[requisition.stage]} </span>
        {t.stageLabels[requisition.stage] ?? requisition.status}
        {requisition.window ? ` · ${t.windowLabels[requisition.window]}` : ''}
      </p>
      <dl className="pps-fields">
        <div className="pps-field-row">
          <dt>{t.analyses}</dt>
          <dd>{requisition.analyses.map((a) => a.name).join(', ')}</dd>
        </div>
        {period ? (
          <div className="pps-field-row">
            <dt>{t.period}</dt>
            <dd>{period}</dd>
          </div>
        ) : null}
        {requester ? (
          <div className="pps-field-row">
            <dt>{t.requester}</dt>
            <dd>{requester}</dd>
          </div>
        ) : null}
        {requisition.notes.length > 0 ? (
          <div className="pps-field-row">
            <dt>{t.notes}</dt>
            <dd>{requisition.notes.join(' ')}</dd>
          </div>
        ) : null}
      </dl>
      <RequisitionProgress requisition={requisition} t={t} locale={locale} />
    </li>
  );
}
