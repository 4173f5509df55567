import type { PartCatalogue } from '../../shared/i18n';
import { nb } from './nb';
import type { LabResultsMessages } from './types';

export type * from './types';

/**
 * The texts in bokmål, built in; nynorsk and English are in `@pps-kit/react/locales/nn` and
 * `/en` (`PpsTexts.labResults`), loaded by `PpsProvider` when its `locale` asks for them.
 */
export const labResultsMessages: PartCatalogue<LabResultsMessages> = { nb, part: 'labResults' };
