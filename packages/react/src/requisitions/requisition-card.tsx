import type { ParekRequisition } from '@pps-kit/api-client';
import { useId } from 'react';
import { formatDate } from '../shared/format';
import type { Locale } from '../shared/i18n';
import { fill } from '../shared/messages';
import { RequisitionProgress, type T } from './requisition-progress';

const STAGE_GLYPH: Record<string, string> = {
  planned: '○',
  collecting: '◐',
  completed: '✓',
  revoked: '✕',
  other: '?',
};

function periodText(requisition: ParekRequisition, t: T, locale: Locale): string | undefined {
  const start = requisition.period?.start ? formatDate(requisition.period.start, locale) : undefined;
  const end = requisition.period?.end ? formatDate(requisition.period.end, locale) : undefined;
  if (start && end) return fill(t.periodBetween, { start, end });
  if (start) return fill(t.periodFrom, { start });
  if (end) return fill(t.periodUntil, { end });
  return undefined;
}

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
