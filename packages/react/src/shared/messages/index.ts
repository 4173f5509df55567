import type { PartCatalogue } from '../i18n';
import { nb } from './nb';
import type { DataStateMessages } from './types';

export type * from './types';

/**
 * The texts every view shares, in bokmål, built in; nynorsk and English are in
 * `@pps-kit/react/locales/nn` and `/en` (`PpsTexts.dataState`), loaded by `PpsProvider` when its
 * `locale` asks for them.
 */
export const dataStateMessages: PartCatalogue<DataStateMessages> = { nb, part: 'dataState' };

export { fill } from '../fill';
