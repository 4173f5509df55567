import type { PartCatalogue } from '../../shared/i18n';
import { nb } from './nb';
import type { RequisitionMessages } from './types';

export type * from './types';

/**
 * The texts in bokmål, built in; nynorsk and English are in `@pps-kit/react/locales/nn` and
 * `/en` (`PpsTexts.requisitions`), loaded by `PpsProvider` when its `locale` asks for them.
 */
export const requisitionMessages: PartCatalogue<RequisitionMessages> = { nb, part: 'requisitions' };
