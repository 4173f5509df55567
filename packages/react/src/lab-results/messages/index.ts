import type { PartCatalogue } from '../../shared/i18n';
import { nb, nbReport } from './nb';
import type { LabReportMessages, LabResultsMessages } from './types';

export type * from './types';

/**
 * The texts in bokmål, built in; nynorsk and English are in `@pps-kit/react/locales/nn` and
 * `/en` (`PpsTexts.labResults`), loaded by `PpsProvider` when its `locale` asks for them.
 */
export const labResultsMessages: PartCatalogue<LabResultsMessages> = { nb, part: 'labResults' };

/**
 * The texts of a single report (`LabReportView`, `LabReportParts`), a part of
 * `labResultsMessages`: a host that shows only reports loads only these in bokmål.
 */
export const labReportMessages: PartCatalogue<LabReportMessages> = { nb: nbReport, part: 'labResults' };
